package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits claims that share a predicate into groups about the same subject: claims whose
 * participants overlap (transitively) are one group. Claims naming no participant form a group per
 * story or, where the predicate itself identifies the subject well enough (a story's deadline),
 * join the only named group of their story ({@link #joiningAnonymous}). Linear in
 * claims and participants; deterministic.
 */
public final class SubjectGroups {
  private SubjectGroups() {}

  public static ImmutableList<ImmutableList<Claim>> of(List<Claim> claims) {
    return group(claims, false, c -> 0);
  }

  /** As {@link #of}; claims naming no participant are grouped per story ({@code story} of their claim). */
  public static ImmutableList<ImmutableList<Claim>> of(List<Claim> claims, java.util.function.ToIntFunction<Claim> story) {
    return group(claims, false, story);
  }

  /** As {@link #of}, but claims naming no participant join the only named group of their story, if there is one. */
  public static ImmutableList<ImmutableList<Claim>> joiningAnonymous(List<Claim> claims,
      java.util.function.ToIntFunction<Claim> story) {
    return group(claims, true, story);
  }

  private static ImmutableList<ImmutableList<Claim>> group(List<Claim> claims, boolean joinAnonymous,
      java.util.function.ToIntFunction<Claim> story) {
    if (claims.size() <= 1) {
      // One claim is one group: the very list when it is immutable already.
      return claims.isEmpty() ? ImmutableList.of()
          : ImmutableList.of(claims instanceof ImmutableList<Claim> one ? one : ImmutableList.of(claims.get(0)));
    }
    Map<Entity, Integer> groupOfEntity = new HashMap<>();
    UnionFind sets = new UnionFind(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      List<Entity> named = claims.get(i).subject().participants().asList();
      for (int p = 0; p < named.size(); p++) {
        Integer other = groupOfEntity.putIfAbsent(named.get(p), i);
        if (other != null) {
          sets.union(i, other);
        }
      }
    }
    // Named groups in the order of their first claim (a set's root is its smallest index), each
    // found through its root's slot; claims naming nobody by story.
    int[] slotOfRoot = new int[claims.size()];
    java.util.Arrays.fill(slotOfRoot, -1);
    List<List<Claim>> named = new ArrayList<>();
    Map<Integer, List<Claim>> anonymousByStory = new LinkedHashMap<>();
    Map<Integer, List<Integer>> namedByStory = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (claim.subject().participants().isEmpty()) {
        anonymousByStory.computeIfAbsent(story.applyAsInt(claim), k -> new ArrayList<>()).add(claim);
        continue;
      }
      int root = sets.find(i);
      if (slotOfRoot[root] < 0) {
        slotOfRoot[root] = named.size();
        named.add(new ArrayList<>());
        namedByStory.computeIfAbsent(story.applyAsInt(claim), k -> new ArrayList<>()).add(slotOfRoot[root]);
      }
      named.get(slotOfRoot[root]).add(claim);
    }
    List<List<Claim>> result = new ArrayList<>(named);
    anonymousByStory.forEach((storyId, anonymous) -> {
      List<Integer> slots = namedByStory.getOrDefault(storyId, List.of());
      if (joinAnonymous && slots.size() == 1) {
        named.get(slots.get(0)).addAll(anonymous);
      } else {
        result.add(anonymous);
      }
    });
    ImmutableList.Builder<ImmutableList<Claim>> built = ImmutableList.builderWithExpectedSize(result.size());
    result.forEach(group -> built.add(ImmutableList.copyOf(group)));
    return built.build();
  }

  /** Whether two participant sets can describe the same subject: one is empty or they share someone. */
  public static boolean compatible(Set<Entity> a, Set<Entity> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (Entity entity : a) {
      if (b.contains(entity)) {
        return true;
      }
    }
    return false;
  }


}
