package io.github.crosscheck.rules;

/**
 * Disjoint sets over {@code 0..n-1} with path halving; {@link #union} keeps the smaller index as
 * the root, so the sets' representatives do not depend on the order of unions. Not thread-safe.
 */
final class UnionFind {
  private final int[] parent;

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
