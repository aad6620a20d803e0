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
    List<Cluster<C>> clusters = new ArrayList<>();
    List<Claim> current = new ArrayList<>();
    Range<C> shared = null;
    for (Valued<C> valued : sorted) {
      Claim claim = valued.claim();
      Range<C> range = valued.range();
      if (shared != null && compatible.test(shared, range)) {
        current.add(claim);
        if (shared.isConnected(range) && !shared.intersection(range).isEmpty()) {
          shared = shared.intersection(range);
        }
      } else {
        if (shared != null) {
          clusters.add(new Cluster<>(ImmutableList.copyOf(current), shared));
        }
        current = new ArrayList<>(List.of(claim));
        shared = range;
      }
    }
    if (shared != null) {
      clusters.add(new Cluster<>(ImmutableList.copyOf(current), shared));
    }
    return ImmutableList.copyOf(clusters);
  }

  private record Valued<C extends Comparable<?>>(Claim claim, Range<C> range) {}

  private static <C extends Comparable<? super C>> C lower(Range<C> range) {
    return range.hasLowerBound() ? range.lowerEndpoint() : null;
  }
}
