package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.Range;
import io.github.crosscheck.core.text.TextSpan;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {

  @Test
  void aDateIntervalCannotEndBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> new DateValue(LocalDate.of(2025, 2, 1),
        LocalDate.of(2025, 1, 1), Granularity.DAY, DatePart.WHOLE, Modifier.EXACT));
  }

  @Test
  void aRangeCannotEndBelowItsValue() {
    assertThrows(IllegalArgumentException.class,
        () -> new NumberValue(BigDecimal.TEN, Optional.of(BigDecimal.ONE), Modifier.EXACT));
  }

  @Test
  void aCurrencyIsAnIsoCode() {
    assertThrows(IllegalArgumentException.class, () -> new MoneyValue("usd", NumberValue.of(BigDecimal.ONE)));
  }

  @Test
  void aDurationCannotBeNegative() {
    assertThrows(IllegalArgumentException.class, () -> new DurationValue(Period.ofDays(-1), Duration.ZERO, Modifier.EXACT));
  }

  @Test
  void anExpressionsTextHasItsSpansLength() {
    assertThrows(IllegalArgumentException.class,
        () -> new Expression(TextSpan.of(0, 3), "ab", ExpressionKind.NUMBER, NumberValue.of(BigDecimal.ONE)));
  }

  @Test
  void canonicalDates() {
    assertEquals("2025-01-19", DateValue.day(LocalDate.of(2025, 1, 19)).canonical().orElseThrow());
    assertEquals("2025-W03", Interval.unitOf(LocalDate.of(2025, 1, 15), Granularity.WEEK)
        .toValue(DatePart.WHOLE, Modifier.EXACT).canonical().orElseThrow());
    assertEquals("2025-Q1", Interval.quarter(2025, 1).toValue(DatePart.WHOLE, Modifier.EXACT).canonical().orElseThrow());
    assertEquals("2025-01-18/2025-01-19", new DateValue(LocalDate.of(2025, 1, 18), LocalDate.of(2025, 1, 19),
        Granularity.DAY, DatePart.WHOLE, Modifier.EXACT).canonical().orElseThrow());
  }

  @Test
  void partsNarrowARangeToAThird() {
    DateValue year = Interval.year(2025).toValue(DatePart.EARLY, Modifier.EXACT);
    assertEquals(Range.closed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 1)), year.range());
    DateValue late = Interval.year(2025).toValue(DatePart.LATE, Modifier.EXACT);
    assertEquals(LocalDate.of(2025, 12, 31), late.range().upperEndpoint());
  }

  @Test
  void canonicalDurations() {
    assertEquals("P1Y6M", new DurationValue(Period.ofMonths(18), Duration.ZERO, Modifier.EXACT).canonical().orElseThrow());
    assertEquals("PT48H", new DurationValue(Period.ZERO, Duration.ofHours(48), Modifier.EXACT).canonical().orElseThrow());
    assertEquals("P1DT2H", new DurationValue(Period.ofDays(1), Duration.ofHours(2), Modifier.EXACT).canonical().orElseThrow());
  }

  @Test
  void durationSecondsUseMeanCalendarLengths() {
    DurationValue year = new DurationValue(Period.ofYears(1), Duration.ZERO, Modifier.EXACT);
    assertEquals(0, new BigDecimal("31556952").compareTo(year.approximateSeconds()));
  }

  @Test
  void canonicalNumbersHaveNoExponentOrTrailingZeros() {
    assertEquals("170000000", NumberValue.of(new BigDecimal("1.70E+8")).canonical().orElseThrow());
    assertEquals("0.23456", NumberValue.of(new BigDecimal("0.23456000")).canonical().orElseThrow());
    assertEquals("0", NumberValue.of(new BigDecimal("0.000")).canonical().orElseThrow());
  }
}
