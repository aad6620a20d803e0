package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayRangesTest {
  private static final long FROM = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long TO = LocalDate.of(9999, 12, 31).toEpochDay();

  @Test
  void aRangeOfDaysIsTheClosedRangeWhereverItFalls() {
    qt().withExamples(5_000)
        .forAll(longs().between(FROM, TO), integers().between(0, 800))
        .checkAssert((start, length) -> {
          // Most draws one day long, as most dated claims are; the rest up to two years or so.
          LocalDate first = LocalDate.ofEpochDay(start);
          LocalDate last = length % 3 == 0 ? first.plusDays(length) : first;
          assertEquals(Optional.of(Range.closed(first, last)), DayRanges.closed(first, last), () -> first + "/" + last);
        });
  }

  @Test
  void aSingleDayOfTheCoveredYearsIsOneSharedValue() {
    qt().withExamples(2_000)
        .forAll(longs().between(LocalDate.of(DayRanges.FIRST_YEAR, 1, 1).toEpochDay(),
            LocalDate.of(DayRanges.LAST_YEAR, 12, 31).toEpochDay()))
        .checkAssert(epochDay -> {
          LocalDate day = LocalDate.ofEpochDay(epochDay);
          // Another LocalDate object of the same day finds the same range.
          assertSame(DayRanges.closed(day, day), DayRanges.closed(LocalDate.ofEpochDay(epochDay), day), day::toString);
        });
  }

  @Test
  void theFirstAndLastDaysOfALeapYearAreTheirOwnRanges() {
    LocalDate leap = LocalDate.of(2024, 12, 31);
    assertEquals(Range.closed(leap, leap), DayRanges.closed(leap, leap).orElseThrow());
    LocalDate first = LocalDate.of(2024, 1, 1);
    assertEquals(Range.closed(first, first), DayRanges.closed(first, first).orElseThrow());
  }
}
