package io.github.crosscheck.core.normalize;

import io.github.crosscheck.core.normalize.Lexicon.TimeUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/**
 * Turns "amount × unit" into calendar and clock parts, carrying fractions down to the next unit:
 * 3.5 years is 3 years 6 months, 1.5 days is 1 day 12 hours, half a month is 15 days, 15.5
 * minutes is 15 minutes 30 seconds. Amounts above {@value #MAX_AMOUNT} units are refused. Stateless.
 */
final class DurationMath {
  static final long MAX_AMOUNT = 1_000_000L;

  /** A length: calendar part and clock part. */
  record Length(Period period, Duration time) {
    static final Length ZERO = new Length(Period.ZERO, Duration.ZERO);

    Length plus(Length other) {
      return new Length(period.plus(other.period), time.plus(other.time));
    }

    boolean isZero() {
      return period.isZero() && time.isZero();
    }

    /** Whether the length has no calendar part (hours, minutes, seconds only). */
    boolean clockOnly() {
      return period.isZero();
    }
  }

  private DurationMath() {}

  static Optional<Length> of(BigDecimal amount, TimeUnit unit) {
    if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
      return Optional.empty();
    }
    return Optional.of(carry(amount, unit));
  }

  private static Length carry(BigDecimal amount, TimeUnit unit) {
    return switch (unit) {
      case CENTURIES -> carry(amount.multiply(BigDecimal.valueOf(100)), TimeUnit.YEARS);
      case DECADES -> carry(amount.multiply(BigDecimal.TEN), TimeUnit.YEARS);
      case QUARTERS -> carry(amount.multiply(BigDecimal.valueOf(3)), TimeUnit.MONTHS);
      case FORTNIGHTS -> carry(amount.multiply(BigDecimal.valueOf(14)), TimeUnit.DAYS);
      case WEEKS -> carry(amount.multiply(BigDecimal.valueOf(7)), TimeUnit.DAYS);
      case YEARS -> split(amount, Period::ofYears, BigDecimal.valueOf(12), TimeUnit.MONTHS);
      case MONTHS -> split(amount, Period::ofMonths, BigDecimal.valueOf(30), TimeUnit.DAYS);
      case DAYS -> split(amount, Period::ofDays, BigDecimal.valueOf(24), TimeUnit.HOURS);
      case HOURS -> seconds(amount.multiply(BigDecimal.valueOf(3600)));
      case MINUTES -> seconds(amount.multiply(BigDecimal.valueOf(60)));
      case SECONDS -> seconds(amount);
    };
  }

  private static Length split(BigDecimal amount, java.util.function.IntFunction<Period> whole, BigDecimal perUnit,
      TimeUnit smaller) {
    BigDecimal integer = amount.setScale(0, RoundingMode.DOWN);
    Length length = new Length(whole.apply(integer.intValueExact()), Duration.ZERO);
    BigDecimal fraction = amount.subtract(integer);
    return fraction.signum() == 0 ? length : length.plus(carry(fraction.multiply(perUnit), smaller));
  }

  private static Length seconds(BigDecimal seconds) {
    BigDecimal nanos = seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP);
    return new Length(Period.ZERO, Duration.ofNanos(nanos.longValueExact()));
  }
}
