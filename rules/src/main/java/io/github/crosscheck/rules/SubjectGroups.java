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
 * participants overlap (transitively) are one group. Claims naming no participant form a group of
 * their own ({@link #of}) or, where the predicate itself identifies the subject well enough (a
 * story's deadline), join the group when there is exactly one ({@link #joiningAnonymous}). Linear in
 * claims and participants; deterministic.
 */
public final class SubjectGroups {
  private SubjectGroups() {}

  public static ImmutableList<ImmutableList<Claim>> of(List<Claim> claims) {
    return group(claims, false);
  }

  /** As {@link #of}, but claims naming no participant join the only named group, if there is one. */
  public static ImmutableList<ImmutableList<Claim>> joiningAnonymous(List<Claim> claims) {
    return group(claims, true);
  }

  private static ImmutableList<ImmutableList<Claim>> group(List<Claim> claims, boolean joinAnonymous) {
    Map<Entity, Integer> groupOfEntity = new HashMap<>();
    int[] parent = new int[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      parent[i] = i;
      for (Entity entity : claims.get(i).subject().participants()) {
        Integer other = groupOfEntity.putIfAbsent(entity, i);
        if (other != null) {
          union(parent, i, other);
        }
      }
    }
    Map<Integer, List<Claim>> groups = new LinkedHashMap<>();
    List<Claim> anonymous = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (claim.subject().participants().isEmpty()) {
        anonymous.add(claim);
      } else {
        groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(claim);
      }
    }
    if (joinAnonymous && groups.size() == 1) {
      groups.values().iterator().next().addAll(anonymous);
    } else if (!anonymous.isEmpty()) {
      groups.put(-1, anonymous);
    }
    return groups.values().stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /** Whether two participant sets can describe the same subject: one is empty or they share someone. */
  public static boolean compatible(Set<Entity> a, Set<Entity> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
