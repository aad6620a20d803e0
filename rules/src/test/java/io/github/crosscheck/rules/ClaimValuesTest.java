package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ClaimValuesTest {
  @Test
  void roundMillionsAreRoundedToTheirLastSignificantDigit() {
    assertEquals(0, new BigDecimal("5000000").compareTo(ClaimValues.roundingOf(new BigDecimal("170000000"))));
  }

  @Test
  void smallOrPreciseFiguresAreExact() {
    assertEquals(0, BigDecimal.ZERO.compareTo(ClaimValues.roundingOf(new BigDecimal("31"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(ClaimValues.roundingOf(new BigDecimal("1234567"))));
  }
}
