package io.github.crosscheck.rules;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EventVocabulary;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.core.normalize.DerivedDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a check's claims into the parts that have nothing to do with each other, so each part is
 * checked on its own and a feed of unrelated stories costs the sum of its stories, each small enough
 * to stay in the processor's caches. Claims are in one part, directly or through other claims, when
 * <ul>
 *   <li>they name a common participant (a country included): subjects are grouped that way;
 *   <li>they come from the same story: claims naming nobody are compared within it;
 *   <li>they concern an event type for which some claim names nobody — an event-date claim, a
 *       recency claim, or a date anchored to that type ("two days before the summit"): an event or
 *       claim naming nobody can be matched with any event of its type;
 *   <li>they are undated event-date claims of one type: those are grouped together.
 * </ul>
 * These are every way the event resolver, the anchors and the rules relate claims, so the parts'
 * reports together are the report of the whole. Linear in claims and participants; deterministic.
 */
final class CheckParts {
  private CheckParts() {}

  /**
   * The parts, in the order of their first claim, each keeping the claims' order.
   *
   * @param stories the story of each document (a document missing from it is a story of its own)
   */
  static List<List<Claim>> of(List<Claim> claims, Map<String, Integer> stories) {
    UnionFind sets = new UnionFind(claims.size());
    Map<Entity, Integer> firstNaming = new HashMap<>();
    Map<Object, Integer> firstInStory = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      Object story = stories.get(claim.documentId());
      Integer other = firstInStory.putIfAbsent(story == null ? claim.documentId() : story, i);
      if (other != null) {
        sets.union(i, other);
      }
      for (Entity entity : claim.subject().participants()) {
        Integer named = firstNaming.putIfAbsent(entity, i);
        if (named != null) {
          sets.union(i, named);
        }
      }
    }
    joinAcrossEventTypes(claims, sets);
    // A set's root is its smallest index, so parts come in the order of their first claim.
    int[] partOfRoot = new int[claims.size()];
    List<List<Claim>> parts = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      int root = sets.find(i);
      if (root == i) {
        partOfRoot[i] = parts.size();
        parts.add(new ArrayList<>());
      }
      parts.get(partOfRoot[root]).add(claims.get(i));
    }
    return parts;
  }

  /** The event types a claim touches: its own, for event dates and recency, and the type its anchor names. */
  private static List<String> eventTypes(Claim claim) {
    List<String> types = new ArrayList<>(2);
    if (claim.kind() == ClaimKind.EVENT_DATE || claim.kind() == ClaimKind.RECENCY) {
      types.add(claim.subject().predicate());
    }
    if (claim.value() instanceof DerivedDate derived) {
      EventVocabulary.eventType(derived.anchorText()).ifPresent(types::add);
    }
    claim.recency().flatMap(Recency::sinceEvent).ifPresent(types::add);
    return types;
  }

  private static void joinAcrossEventTypes(List<Claim> claims, UnionFind sets) {
    Set<String> open = new HashSet<>();
    List<List<String>> typesOf = new ArrayList<>(claims.size());
    Map<String, Integer> firstUndated = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      List<String> types = eventTypes(claim);
      typesOf.add(types);
      if (claim.subject().participants().isEmpty()) {
        open.addAll(types);
      }
      if (claim.kind() == ClaimKind.EVENT_DATE && ClaimValues.days(claim).isEmpty()) {
        Integer other = firstUndated.putIfAbsent(claim.subject().predicate(), i);
        if (other != null) {
          sets.union(i, other);
        }
      }
    }
    if (open.isEmpty()) {
      return;
    }
    Map<String, Integer> firstOfType = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (String type : typesOf.get(i)) {
        if (open.contains(type)) {
          Integer other = firstOfType.putIfAbsent(type, i);
          if (other != null) {
            sets.union(i, other);
          }
        }
      }
    }
  }
}
