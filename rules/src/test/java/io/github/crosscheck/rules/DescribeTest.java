package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DescribeTest {
  private static final DateTimeFormatter EDITOR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  @Test
  void dayIsWrittenAsTheEnglishFormatterWritesIt() {
    long first = LocalDate.of(1, 1, 1).toEpochDay();
    long last = LocalDate.of(12_000, 12, 31).toEpochDay();
    qt().withExamples(2_000).forAll(longs().between(first, last)).checkAssert(epochDay -> {
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      assertEquals(EDITOR.format(date), Describe.day(date));
    });
  }

  @Test
  void figuresAreGroupedAsAFreshFormatGroupsThem() {
    qt().withExamples(2_000).forAll(longs().all(), longs().between(0, 8)).checkAssert((unscaled, scale) -> {
      java.math.BigDecimal value = java.math.BigDecimal.valueOf(unscaled, scale.intValue());
      java.text.DecimalFormat fresh = new java.text.DecimalFormat("#,##0.###",
          java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
      assertEquals(fresh.format(value), Describe.grouped(value));
    });
    assertEquals("1,234,567.89", Describe.grouped(new java.math.BigDecimal("1234567.890")));
    assertEquals("0.5", Describe.grouped(new java.math.BigDecimal("0.5000")));
  }

  @Test
  void dayWritesTheDayWithoutPaddingAndTheMonthAbbreviated() {
    assertEquals("7 Sep 2025", Describe.day(LocalDate.of(2025, 9, 7)));
  }
}
