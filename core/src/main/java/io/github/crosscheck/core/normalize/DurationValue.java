package io.github.crosscheck.core.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * A length of time: calendar parts ({@code period}: years, months, days; a week is 7 days) and
 * clock parts ({@code time}: hours, minutes, seconds, never folded into days), with a modifier
 * ("more than two years"). Both parts are non-negative. Immutable and thread-safe.
 */
public record DurationValue(Period period, Duration time, Modifier modifier) implements NormalizedValue {
  static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
  static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.2425");
  static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");

  public DurationValue {
    requireNonNull(period, "period");
    requireNonNull(time, "time");
    requireNonNull(modifier, "modifier");
    checkArgument(!period.isNegative() && period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0,
        "a duration cannot be negative: %s", period);
    checkArgument(!time.isNegative(), "a duration cannot be negative: %s", time);
  }

  /**
   * The ISO-8601 form {@code java.time} produces: {@code Period.normalized()} then the clock part,
   * e.g. {@code P1Y6M}, {@code P14D}, {@code PT48H}, {@code P1DT2H}; {@code PT0S} when empty.
   */
  @Override
  public Optional<String> canonical() {
    Period p = period.normalized();
    if (time.isZero()) {
      return Optional.of(p.isZero() ? "PT0S" : p.toString());
    }
    return Optional.of(p.isZero() ? time.toString() : p + time.toString().substring(1));
  }

  /** The stated length in seconds, counting a year as 365.2425 days and a month as 30.436875 days. */
  public BigDecimal approximateSeconds() {
    // A year is 31 556 952 s and a month 2 629 746 s exactly, so in longs the sum is exact; the value
    // has the nine decimals the BigDecimal sum below gives it.
    try {
      long seconds = Math.addExact(Math.addExact(Math.multiplyExact(period.getYears(), 31_556_952L),
          Math.multiplyExact(period.getMonths(), 2_629_746L)),
          Math.addExact(Math.multiplyExact(period.getDays(), 86_400L), time.getSeconds()));
      return BigDecimal.valueOf(Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), time.getNano()), 9);
    } catch (ArithmeticException tooLong) {
      return approximateSecondsExactly();
    }
  }

  /** As {@link #approximateSeconds}, in BigDecimal throughout: for lengths too long for a long of nanoseconds. */
  BigDecimal approximateSecondsExactly() {
    BigDecimal days = DAYS_PER_YEAR.multiply(BigDecimal.valueOf(period.getYears()))
        .add(DAYS_PER_MONTH.multiply(BigDecimal.valueOf(period.getMonths())))
        .add(BigDecimal.valueOf(period.getDays()));
    BigDecimal clock = BigDecimal.valueOf(time.getSeconds()).add(BigDecimal.valueOf(time.getNano(), 9));
    return days.multiply(SECONDS_PER_DAY).add(clock);
  }

  /** The interval of lengths, in seconds, the text allows: the stated length widened by the modifier. */
  public Range<BigDecimal> seconds() {
    return ModifierTable.standard().bounds(modifier, approximateSeconds());
  }
}
