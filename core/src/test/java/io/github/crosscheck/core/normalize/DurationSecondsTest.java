package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DurationSecondsTest {
  @Test
  void aLengthInSecondsIsTheExactSumWithItsNineDecimals() {
    qt().withExamples(2_000)
        .forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, 400), integers().between(0, 4_000),
            longs().between(0, Long.MAX_VALUE))
        .checkAssert((years, months, days, nanos) -> {
          // Small lengths most of the time, now and then one too long for a long of nanoseconds.
          int y = years % 7 == 0 ? years : years % 120;
          DurationValue length = new DurationValue(Period.of(y, months, days), Duration.ofNanos(nanos % 7 == 0 ? nanos
              : nanos % 400_000_000_000_000L), Modifier.EXACT);
          BigDecimal exactly = length.approximateSecondsExactly();
          assertEquals(exactly, length.approximateSeconds(), length::toString); // equals: value and scale
        });
  }

  @Test
  void aYearIsThreeHundredSixtyFiveAndAQuarterDaysLessTheCenturies() {
    assertEquals(new BigDecimal("31556952.000000000"),
        new DurationValue(Period.ofYears(1), Duration.ZERO, Modifier.EXACT).approximateSeconds());
    assertEquals(new BigDecimal("2629746.000000000"),
        new DurationValue(Period.ofMonths(1), Duration.ZERO, Modifier.EXACT).approximateSeconds());
  }
}
