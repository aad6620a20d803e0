package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.EntityType;
import java.util.List;

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
    return of(ClaimGraph.of(claims));
  }

  static ImmutableMap<String, Integer> of(ClaimGraph graph) {
    int documents = graph.documents().size();
    UnionFind sets = new UnionFind(documents);
    boolean[] linked = graph.joinDocumentsNamingAlike(sets, entity -> entity.type() != EntityType.COUNTRY);
    // A document naming nothing specific cannot be placed: with one story in the input it belongs to
    // it; otherwise all such documents share a story of their own.
    int onlyStory = -1;
    boolean several = false;
    for (int d = 0; d < documents && !several; d++) {
      if (linked[d]) {
        int root = sets.find(d);
        several = onlyStory >= 0 && root != onlyStory;
        onlyStory = root;
      }
    }
    int unplaced = several ? -1 : onlyStory;
    ImmutableMap.Builder<String, Integer> stories = ImmutableMap.builderWithExpectedSize(documents);
    for (int d = 0; d < documents; d++) {
      stories.put(graph.documents().get(d), linked[d] ? sets.find(d) : unplaced);
    }
    return stories.buildOrThrow();
  }
}
