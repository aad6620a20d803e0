package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
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
 * reports together are the report of the whole. Claims of one document are always in one part (they
 * share its story), so the parts are found over documents. Linear in claims and participants;
 * deterministic.
 */
final class CheckParts {
  private CheckParts() {}

  /**
   * A check's claims split into parts: each part's claims in the check's order, and for each claim of
   * the check the part it went to, so the parts' claims can be put back in order without sorting.
   */
  record Split(List<List<Claim>> groups, int[] groupOfClaim) {
    /** All claims as one part. */
    static Split whole(List<Claim> claims) {
      return new Split(List.of(claims), new int[claims.size()]);
    }

    /** The parts' claims, changed one for one (in each part's order), back in the check's order. */
    ImmutableList<Claim> inOrder(List<List<Claim>> changed) {
      int[] next = new int[changed.size()];
      ImmutableList.Builder<Claim> result = ImmutableList.builderWithExpectedSize(groupOfClaim.length);
      for (int group : groupOfClaim) {
        result.add(changed.get(group).get(next[group]++));
      }
      return result.build();
    }
  }

  /**
   * The parts, in the order of their first claim, each keeping the claims' order. (Putting small
   * parts together into batches of a few thousand claims was measured and was slower.)
   *
   * @param stories the story of each document (a document missing from it is a story of its own)
   */
  static Split of(ClaimGraph graph, Map<String, Integer> stories) {
    // Claims of one document share its story, so the parts are sets of documents.
    int documents = graph.documents().size();
    UnionFind sets = new UnionFind(documents);
    Map<Integer, Integer> firstInStory = new HashMap<>();
    for (int d = 0; d < documents; d++) {
      Integer story = stories.get(graph.documents().get(d));
      Integer other = story == null ? null : firstInStory.putIfAbsent(story, d);
      if (other != null) {
        sets.union(d, other);
      }
    }
    graph.joinDocumentsNamingAlike(sets, entity -> true);
    joinAcrossEventTypes(graph, sets);
    // A set's root is its smallest document index, so parts come in the order of their first claim.
    int[] partOfRoot = new int[documents];
    java.util.Arrays.fill(partOfRoot, -1);
    int[] groupOfClaim = new int[graph.size()];
    int[] size = new int[documents];
    int partCount = 0;
    for (int i = 0; i < graph.size(); i++) {
      int root = sets.find(graph.documentOf(i));
      if (partOfRoot[root] < 0) {
        partOfRoot[root] = partCount++;
      }
      groupOfClaim[i] = partOfRoot[root];
      size[groupOfClaim[i]]++;
    }
    // Each part's list made at its size once the sizes are known.
    List<List<Claim>> groups = new ArrayList<>(partCount);
    for (int p = 0; p < partCount; p++) {
      groups.add(new ArrayList<>(size[p]));
    }
    for (int i = 0; i < graph.size(); i++) {
      groups.get(groupOfClaim[i]).add(graph.claims().get(i));
    }
    return new Split(groups, groupOfClaim);
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

  private static void joinAcrossEventTypes(ClaimGraph graph, UnionFind sets) {
    List<Claim> claims = graph.claims();
    Set<String> open = new HashSet<>();
    Map<String, Integer> firstUndated = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      // Whether the claim names nobody, read from the graph rather than from the claim.
      if (graph.firstParticipant(i) == graph.endOfParticipants(i)) {
        open.addAll(eventTypes(claim));
      }
      if (claim.kind() == ClaimKind.EVENT_DATE && !ClaimValues.isDated(claim.value())) {
        Integer other = firstUndated.putIfAbsent(claim.subject().predicate(), graph.documentOf(i));
        if (other != null) {
          sets.union(graph.documentOf(i), other);
        }
      }
    }
    if (open.isEmpty()) {
      return;
    }
    Map<String, Integer> firstOfType = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      for (String type : eventTypes(claims.get(i))) {
        if (open.contains(type)) {
          Integer other = firstOfType.putIfAbsent(type, graph.documentOf(i));
          if (other != null) {
            sets.union(graph.documentOf(i), other);
          }
        }
      }
    }
  }
}
