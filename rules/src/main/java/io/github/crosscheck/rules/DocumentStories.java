package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents tell the same story, when a feed mixes several: documents are joined when their
 * claims name a common person, organization, product or place (a country is too broad to join
 * stories). Claims that name no participant are compared only within their story, so "the law takes
 * effect on Sunday" in one story is never set against another story's law. Documents naming nothing
 * specific join the only story there is, or share one of their own. Linear in claims.
 */
final class DocumentStories {
  private DocumentStories() {}

  /** A story number for each document id that has claims; documents without claims get their own. */
  static ImmutableMap<String, Integer> of(List<Claim> claims) {
    Map<String, Integer> index = new HashMap<>();
    for (String id : claims.stream().map(Claim::documentId).distinct().sorted().toList()) {
      index.put(id, index.size());
    }
    UnionFind sets = new UnionFind(index.size());
    Map<Entity, Integer> firstDocument = new HashMap<>();
    boolean[] linked = new boolean[index.size()];
    for (Claim claim : claims) {
      int document = index.get(claim.documentId());
      for (Entity entity : claim.subject().participants()) {
        if (entity.type() == EntityType.COUNTRY) {
          continue;
        }
        linked[document] = true;
        Integer other = firstDocument.putIfAbsent(entity, document);
        if (other != null) {
          sets.union(document, other);
        }
      }
    }
    // A document naming nothing specific cannot be placed: with one story in the input it belongs to
    // it; otherwise all such documents share a story of their own.
    java.util.Set<Integer> linkedStories = new java.util.HashSet<>();
    for (int i = 0; i < linked.length; i++) {
      if (linked[i]) {
        linkedStories.add(sets.find(i));
      }
    }
    int unplaced = linkedStories.size() == 1 ? linkedStories.iterator().next() : -1;
    ImmutableMap.Builder<String, Integer> stories = ImmutableMap.builder();
    index.forEach((id, i) -> stories.put(id, linked[i] ? sets.find(i) : unplaced));
    return stories.buildOrThrow();
  }


}
