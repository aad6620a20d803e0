package io.github.crosscheck.core.normalize;

import java.math.BigDecimal;

/**
 * A number phrase found at tokens {@code [start, end)}: its value and how it was written.
 * {@code plainDigits} is the digit count of a bare unsigned integer numeral ("2025" has 4) and 0
 * for anything else; {@code scaled} marks a multiplier ("1.2bn", "three million").
 */
record NumberMatch(int start, int end, BigDecimal value, boolean words, boolean scaled, int plainDigits) {

  boolean isInteger() {
    // A scale of 0 or less is an integer already; only a fraction's digits need stripping to tell.
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** Whether it is an integer in {@code [low, high]}. */
  boolean isIntegerIn(long low, long high) {
    return isInteger() && value.compareTo(BigDecimal.valueOf(low)) >= 0 && value.compareTo(BigDecimal.valueOf(high)) <= 0;
  }

  int intValue() {
    return value.intValue();
  }
}
