package io.github.crosscheck.core.normalize;

import java.util.Optional;

/**
 * The typed value of an {@link Expression}. Every implementation is an immutable record validated
 * in its compact constructor; callers switch over the permitted types rather than re-parse text.
 */
public sealed interface NormalizedValue
    permits DateValue, UnresolvedDate, DerivedDate, ClockTimeValue, DurationValue, NumberValue, PercentValue,
        MoneyValue {

  /**
   * The value in the benchmark README's conventions: {@code 2025-01-19}, {@code 2025-01},
   * {@code 2025}, {@code 2025-01-19T15:00}, {@code P1Y6M}, {@code PT48H}, {@code 170000000},
   * {@code 60}, {@code USD 1500000000}. Empty when the value has none, e.g. a relative date whose
   * reference time is unknown.
   */
  Optional<String> canonical();

  /** How the text qualifies the value; {@link Modifier#EXACT} when it does not. */
  Modifier modifier();
}
