package io.github.crosscheck.rules;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one place that decides whether two vague values can both hold: each is an interval, widened
 * by a tolerance, and they conflict only when the widened intervals cannot overlap. Used by every
 * rule, for every kind of value.
 */
public final class Intervals {
  private Intervals() {}

  /** Whether two number intervals overlap once each is widened by {@code relative} of its magnitude. */
  public static boolean compatible(Range<BigDecimal> a, Range<BigDecimal> b, BigDecimal relative) {
    return overlap(widen(a, relative), widen(b, relative));
  }

  /** Whether two number intervals overlap once each is widened by {@code absolute} on both sides. */
  public static boolean compatibleWithin(Range<BigDecimal> a, Range<BigDecimal> b, BigDecimal absolute) {
    return overlap(widenBy(a, absolute), widenBy(b, absolute));
  }

  /** Whether two date intervals share a day once each is widened by {@code days} on both sides. */
  public static boolean compatible(Range<LocalDate> a, Range<LocalDate> b, int days) {
    return overlap(widenDays(a, days), widenDays(b, days));
  }

  /** Whether two ranges share at least one value. */
  public static <C extends Comparable<?>> boolean overlap(Range<C> a, Range<C> b) {
    return a.isConnected(b) && !a.intersection(b).isEmpty();
  }

  public static Range<BigDecimal> widen(Range<BigDecimal> r, BigDecimal relative) {
    BigDecimal low = r.hasLowerBound() ? r.lowerEndpoint().subtract(r.lowerEndpoint().abs().multiply(relative)) : null;
    BigDecimal high = r.hasUpperBound() ? r.upperEndpoint().add(r.upperEndpoint().abs().multiply(relative)) : null;
    return rebuild(r, low, high);
  }

  public static Range<BigDecimal> widenBy(Range<BigDecimal> r, BigDecimal absolute) {
    BigDecimal low = r.hasLowerBound() ? r.lowerEndpoint().subtract(absolute) : null;
    BigDecimal high = r.hasUpperBound() ? r.upperEndpoint().add(absolute) : null;
    return rebuild(r, low, high);
  }

  private static Range<BigDecimal> rebuild(Range<BigDecimal> r, BigDecimal low, BigDecimal high) {
    if (low == null && high == null) {
      return Range.all();
    }
    if (low == null) {
      return Range.upTo(high, r.upperBoundType());
    }
    if (high == null) {
      return Range.downTo(low, r.lowerBoundType());
    }
    boolean widened = low.compareTo(r.lowerEndpoint()) != 0 || high.compareTo(r.upperEndpoint()) != 0;
    BoundType lowType = widened ? BoundType.CLOSED : r.lowerBoundType();
    BoundType highType = widened ? BoundType.CLOSED : r.upperBoundType();
    return Range.range(low, lowType, high, highType);
  }

  static Range<LocalDate> widenDays(Range<LocalDate> r, int days) {
    if (days == 0) {
      return r;
    }
    if (!r.hasLowerBound() && !r.hasUpperBound()) {
      return r;
    }
    if (!r.hasLowerBound()) {
      return Range.atMost(r.upperEndpoint().plusDays(days));
    }
    if (!r.hasUpperBound()) {
      return Range.atLeast(r.lowerEndpoint().minusDays(days));
    }
    return Range.closed(r.lowerEndpoint().minusDays(days), r.upperEndpoint().plusDays(days));
  }
}
