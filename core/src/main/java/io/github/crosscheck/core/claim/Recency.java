package io.github.crosscheck.core.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.DurationValue;
import io.github.crosscheck.core.normalize.NormalizedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The structure of a recency or contact claim: "the first call in four years" (ordinal 1, a gap),
 * "their first exchange since he left office in 2021" (a since-anchor, possibly with its date),
 * "had been communicating since the election" (contact since an anchor event). {@code occasion} is
 * the date of the occurrence the claim is made about, when the text gives one.
 *
 * <p>Given the occasion's date D, a gap of N means no occurrence in the quiet period
 * {@code (D − 0.75·N, D)} and a previous occurrence about N before D, in
 * {@code [D − 1.5·N, D − 0.75·N]}; news rounds such gaps, so the window is generous on purpose.
 * A since-anchor X means no occurrence between the end of X and D (the previous one at or before
 * X); "last met in X" ({@code lastAt}) places the previous occurrence in X itself. Immutable.
 */
public record Recency(
    int ordinal,
    Optional<DurationValue> gap,
    Optional<NormalizedValue> since,
    Optional<String> sinceEvent,
    Optional<NormalizedValue> lastAt,
    Optional<NormalizedValue> occasion) {

  /** How much shorter than stated a rounded gap may really be. */
  public static final BigDecimal GAP_LOWER_FACTOR = new BigDecimal("0.75");
  /** How much longer than stated a rounded gap may really be. */
  public static final BigDecimal GAP_UPPER_FACTOR = new BigDecimal("1.5");
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  public Recency {
    checkArgument(ordinal >= 1, "ordinal must be >= 1, got %s", ordinal);
    requireNonNull(gap, "gap");
    requireNonNull(since, "since");
    requireNonNull(sinceEvent, "sinceEvent");
    requireNonNull(lastAt, "lastAt");
    requireNonNull(occasion, "occasion");
  }

  /** The same recency with the occasion it is about. */
  public Recency withOccasion(Optional<NormalizedValue> newOccasion) {
    return new Recency(ordinal, gap, since, sinceEvent, lastAt, newOccasion);
  }

  /** The same recency with its since-anchor dated. */
  public Recency withSince(NormalizedValue date) {
    return new Recency(ordinal, gap, Optional.of(date), sinceEvent, lastAt, occasion);
  }

  /**
   * The days before {@code occasion} in which the claim says nothing of the kind happened, open at
   * both ends; empty when neither gap nor dated anchor is known.
   */
  public Optional<Range<LocalDate>> quietPeriod(LocalDate occasion) {
    if (gap.isPresent()) {
      long days = gapDays(gap.get().seconds(), GAP_LOWER_FACTOR, true);
      return Optional.of(Range.open(occasion.minusDays(Math.max(days, 1)), occasion));
    }
    Optional<DateValue> last = lastAt.filter(DateValue.class::isInstance).map(DateValue.class::cast);
    if (last.isPresent()) {
      return Optional.of(last.get().last()).filter(end -> end.isBefore(occasion)).map(end -> Range.open(end, occasion));
    }
    return sinceDate().filter(end -> end.isBefore(occasion)).map(end -> Range.open(end, occasion));
  }

  /** Where the previous occurrence lies according to the claim; empty when it cannot be placed. */
  public Optional<Range<LocalDate>> previousOccurrence(LocalDate occasion) {
    if (gap.isPresent()) {
      Range<BigDecimal> seconds = gap.get().seconds();
      long nearest = gapDays(seconds, GAP_LOWER_FACTOR, true);
      long farthest = gapDays(seconds, GAP_UPPER_FACTOR, false);
      return Optional.of(Range.closed(occasion.minusDays(farthest), occasion.minusDays(Math.max(nearest, 1))));
    }
    Optional<DateValue> last = lastAt.filter(DateValue.class::isInstance).map(DateValue.class::cast);
    if (last.isPresent()) {
      return Optional.of(last.get().range());
    }
    return sinceDate().map(Range::atMost);
  }

  private Optional<LocalDate> sinceDate() {
    return since.flatMap(Recency::dateOf).map(DateValue::last);
  }

  /** The date a since-anchor stands for: a date, or a derived date once its anchor is dated. */
  public static Optional<DateValue> dateOf(NormalizedValue value) {
    if (value instanceof DateValue date) {
      return Optional.of(date);
    }
    if (value instanceof DerivedDate derived) {
      return derived.resolved();
    }
    return Optional.empty();
  }

  private static long gapDays(Range<BigDecimal> seconds, BigDecimal factor, boolean lower) {
    BigDecimal bound;
    if (lower) {
      bound = seconds.hasLowerBound() ? seconds.lowerEndpoint() : BigDecimal.ZERO;
    } else {
      bound = seconds.hasUpperBound() ? seconds.upperEndpoint() : seconds.lowerEndpoint().multiply(BigDecimal.TEN);
    }
    return bound.multiply(factor).divide(SECONDS_PER_DAY, 0, lower ? RoundingMode.FLOOR : RoundingMode.CEILING)
        .min(BigDecimal.valueOf(365L * 10_000)).longValueExact();
  }
}
