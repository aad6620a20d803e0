package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Sorts claims by the lower end of their value interval and sweeps them into clusters whose
 * intervals all share a value. Two consecutive clusters cannot both hold: that is a conflict; a
 * cluster spanning two sources is an agreement. O(n log n) in the number of claims.
 */
public final class ValueClusters {
  private ValueClusters() {}

  /** One cluster: claims whose intervals share a value, and that shared interval. */
  public record Cluster<C extends Comparable<?>>(ImmutableList<Claim> claims, Range<C> shared) {}

  public static <C extends Comparable<? super C>> ImmutableList<Cluster<C>> of(List<Claim> claims,
      Function<Claim, Range<C>> interval, BiPredicate<Range<C>, Range<C>> compatible) {
    if (claims.size() <= 1) {
      return claims.isEmpty() ? ImmutableList.of()
          : ImmutableList.of(new Cluster<>(ImmutableList.of(claims.get(0)), interval.apply(claims.get(0))));
    }
    // Each claim's interval is computed once, not once per comparison.
    List<Valued<C>> sorted = new ArrayList<>(claims.size());
    claims.forEach(c -> sorted.add(new Valued<>(c, interval.apply(c))));
    sorted.sort(Comparator.comparing((Valued<C> v) -> lower(v.range()), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(v -> v.claim().id()));
    ImmutableList.Builder<Cluster<C>> clusters = ImmutableList.builder();
    // A cluster is a run of the sorted claims: its first index and the interval its claims share.
    int first = 0;
    Range<C> shared = sorted.get(0).range();
    for (int i = 1; i < sorted.size(); i++) {
      Range<C> range = sorted.get(i).range();
      if (compatible.test(shared, range)) {
        if (shared.isConnected(range) && !shared.intersection(range).isEmpty()) {
          shared = shared.intersection(range);
        }
      } else {
        clusters.add(new Cluster<>(claimsOf(sorted, first, i), shared));
        first = i;
        shared = range;
      }
    }
    clusters.add(new Cluster<>(claimsOf(sorted, first, sorted.size()), shared));
    return clusters.build();
  }

  private static <C extends Comparable<?>> ImmutableList<Claim> claimsOf(List<Valued<C>> sorted, int from, int to) {
    if (to - from == 1) {
      return ImmutableList.of(sorted.get(from).claim());
    }
    ImmutableList.Builder<Claim> claims = ImmutableList.builderWithExpectedSize(to - from);
    for (int i = from; i < to; i++) {
      claims.add(sorted.get(i).claim());
    }
    return claims.build();
  }

  private record Valued<C extends Comparable<?>>(Claim claim, Range<C> range) {}

  private static <C extends Comparable<? super C>> C lower(Range<C> range) {
    return range.hasLowerBound() ? range.lowerEndpoint() : null;
  }
}
