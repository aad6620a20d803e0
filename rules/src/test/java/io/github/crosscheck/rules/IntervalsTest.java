package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntervalsTest {
  private static Range<BigDecimal> closed(long low, long high) {
    return Range.closed(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  @Test
  void nearlyAndExactFigureAgree() {
    assertTrue(Intervals.compatible(closed(153_000_000, 170_000_000), closed(170_000_000, 170_000_000),
        new BigDecimal("0.01")));
  }

  @Test
  void figuresFarApartConflict() {
    assertFalse(Intervals.compatible(closed(150_000_000, 150_000_000), closed(170_000_000, 170_000_000),
        new BigDecimal("0.01")));
  }

  @Test
  void monthContainsItsDays() {
    Range<LocalDate> january = Range.closed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertTrue(Intervals.compatible(january, Range.singleton(LocalDate.of(2025, 1, 19)), 0));
    assertFalse(Intervals.compatible(january, Range.singleton(LocalDate.of(2025, 2, 1)), 0));
  }

  @Test
  void toleranceNeverTurnsAnAgreementIntoAConflict() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000), integers().between(0, 50))
        .checkAssert((a, b, percent) -> {
          BigDecimal tolerance = BigDecimal.valueOf(percent, 2);
          boolean exact = Intervals.compatible(closed(a, a), closed(b, b), BigDecimal.ZERO);
          boolean loose = Intervals.compatible(closed(a, a), closed(b, b), tolerance);
          assertTrue(!exact || loose);
        });
  }

  @Test
  void compatibilityIsSymmetric() {
    qt().forAll(integers().between(0, 100), integers().between(0, 100), integers().between(0, 100),
        integers().between(0, 100)).checkAssert((a, b, c, d) -> {
          Range<BigDecimal> x = closed(Math.min(a, b), Math.max(a, b));
          Range<BigDecimal> y = closed(Math.min(c, d), Math.max(c, d));
          BigDecimal t = new BigDecimal("0.05");
          assertTrue(Intervals.compatible(x, y, t) == Intervals.compatible(y, x, t));
        });
  }
}
