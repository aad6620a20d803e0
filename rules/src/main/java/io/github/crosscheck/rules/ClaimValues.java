package io.github.crosscheck.rules;

import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.normalize.ClockTimeValue;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.MoneyValue;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.normalize.PercentValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the comparable interval out of a claim's value: the days a date names, or the numbers a
 * count, rate or amount allows. A round figure is taken as rounded: "170 million" allows anything
 * that rounds to it (165 to 175 million), "600,000" anything from 550,000 to 650,000; a figure with
 * no trailing zeros ("31 dead") is exact.
 */
public final class ClaimValues {
  private ClaimValues() {}

  /** The days the claim's date names, when it is resolved. */
  public static Optional<Range<LocalDate>> days(Claim claim) {
    return days(claim.value());
  }

  /** The days a date value names, when it is resolved. */
  public static Optional<Range<LocalDate>> days(NormalizedValue value) {
    if (value instanceof DateValue date) {
      return DayRanges.closed(date.firstNamedDay(), date.lastNamedDay());
    }
    if (value instanceof DerivedDate derived && derived.resolved().isPresent()) {
      DateValue date = derived.resolved().get();
      return DayRanges.closed(date.firstNamedDay(), date.lastNamedDay());
    }
    if (value instanceof ClockTimeValue clock && clock.date().isPresent()) {
      return DayRanges.closed(clock.date().get(), clock.date().get());
    }
    return Optional.empty();
  }

  /** Whether {@link #days(NormalizedValue)} finds days in the value, without building them. */
  public static boolean isDated(NormalizedValue value) {
    if (value instanceof DateValue) {
      return true;
    }
    if (value instanceof DerivedDate derived) {
      return derived.resolved().isPresent();
    }
    return value instanceof ClockTimeValue clock && clock.date().isPresent();
  }

  /** The resolved date value, when there is one. */
  public static Optional<DateValue> date(NormalizedValue value) {
    if (value instanceof DateValue date) {
      return Optional.of(date);
    }
    if (value instanceof DerivedDate derived) {
      return derived.resolved();
    }
    return Optional.empty();
  }

  /** The number a count, rate or amount states, as the interval its wording allows. */
  public static Optional<Range<BigDecimal>> amount(Claim claim) {
    NumberValue number = number(claim.value()).orElse(null);
    if (number == null) {
      return Optional.empty();
    }
    Range<BigDecimal> bounds = number.bounds();
    BigDecimal rounding = roundingOf(number.value());
    if (rounding.signum() == 0 || number.upper().isPresent()) {
      return Optional.of(bounds);
    }
    return Optional.of(Intervals.widenBy(bounds, rounding));
  }

  /** The number inside a count, rate or money value. */
  public static Optional<NumberValue> number(NormalizedValue value) {
    if (value instanceof NumberValue n) {
      return Optional.of(n);
    }
    if (value instanceof PercentValue p) {
      return Optional.of(p.amount());
    }
    if (value instanceof MoneyValue m) {
      return Optional.of(m.amount());
    }
    return Optional.empty();
  }

  /**
   * Half a unit of the last significant digit of a round figure of 1,000 or more with trailing
   * zeros (5,000,000 for 170,000,000); zero for any other figure.
   */
  static BigDecimal roundingOf(BigDecimal value) {
    BigDecimal stripped = value.abs().stripTrailingZeros();
    if (value.abs().compareTo(BigDecimal.valueOf(1000)) < 0 || stripped.scale() >= 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale()).divide(BigDecimal.valueOf(2));
  }
}
