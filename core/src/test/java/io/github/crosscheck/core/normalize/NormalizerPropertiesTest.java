package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.PublicationTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Round trips: a value rendered in each supported surface form normalizes back to itself. */
class NormalizerPropertiesTest {
  private static final Normalizer NORMALIZER = Normalizer.english();
  private static final PublicationTime REF = PublicationTime.parse("2025-01-17");
  private static final List<Function<LocalDate, String>> DATE_FORMS = List.of(
      d -> month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(),
      d -> d.getDayOfMonth() + " " + month(d) + " " + d.getYear(),
      d -> month(d).substring(0, 3) + ". " + d.getDayOfMonth() + ", " + d.getYear(),
      d -> d.toString(),
      d -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear(),
      d -> "the " + d.getDayOfMonth() + ordinalSuffix(d.getDayOfMonth()) + " of " + month(d) + ", " + d.getYear());

  /** Days from 1900 to 2099, with month ends, February 29ths, year ends and DST switch days over-represented. */
  static Gen<LocalDate> dates() {
    Gen<LocalDate> any = integers().between(0, 73_000).map(i -> LocalDate.of(1900, 1, 1).plusDays(i));
    Gen<LocalDate> monthEnds = integers().between(0, 2399).map(i -> LocalDate.of(1900 + i / 12, i % 12 + 1, 1)
        .plusMonths(1).minusDays(1));
    Gen<LocalDate> leapDays = integers().between(0, 48).map(i -> LocalDate.of(1904 + 4 * i, 2, 29));
    Gen<LocalDate> edges = Generate.pick(List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 3, 9), LocalDate.of(2025, 11, 2), LocalDate.of(2000, 2, 29)));
    return any.mix(monthEnds, 25).mix(leapDays, 15).mix(edges, 10);
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String ordinalSuffix(int day) {
    return day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
  }

  private static String canonical(String text, ExpressionKind kind) {
    ImmutableList<Expression> found = NORMALIZER.find(text, Optional.of(REF));
    List<Expression> ofKind = found.stream().filter(e -> e.kind() == kind).toList();
    assertEquals(1, ofKind.size(), () -> "one " + kind + " expected in \"" + text + "\": " + found);
    return ofKind.get(0).value().canonical().orElse("<none>");
  }

  @Test
  void aDateRoundTripsThroughEverySurfaceForm() {
    qt().withExamples(400).forAll(dates(), integers().between(0, DATE_FORMS.size() - 1))
        .checkAssert((d, form) -> assertEquals(d.toString(),
            canonical("The treaty was signed on " + DATE_FORMS.get(form).apply(d) + ".", ExpressionKind.DATE)));
  }

  @Test
  void equivalentDateWordingsParseEqual() {
    qt().withExamples(200).forAll(dates()).checkAssert(d -> {
      String first = canonical("Signed " + DATE_FORMS.get(0).apply(d) + ".", ExpressionKind.DATE);
      for (Function<LocalDate, String> form : DATE_FORMS) {
        assertEquals(first, canonical("Signed " + form.apply(d) + ".", ExpressionKind.DATE));
      }
    });
  }

  @Test
  void aMonthOfAYearRoundTrips() {
    qt().withExamples(200).forAll(integers().between(1900, 2099), integers().between(1, 12))
        .checkAssert((y, m) -> assertEquals(String.format("%d-%02d", y, m), canonical(
            "Prices peaked in " + Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y + ".",
            ExpressionKind.DATE)));
  }

  @Test
  void aDurationRoundTrips() {
    qt().withExamples(300).forAll(integers().between(0, 30), integers().between(0, 11), integers().between(0, 29),
        integers().between(0, 24 * 60 - 1)).checkAssert((y, mo, d, clock) -> {
          int h = clock / 60;
          int mi = clock % 60;
          StringBuilder text = new StringBuilder();
          append(text, y, "year");
          append(text, mo, "month");
          append(text, d, "day");
          append(text, h, "hour");
          append(text, mi, "minute");
          if (text.length() == 0) {
            return;
          }
          DurationValue expected = new DurationValue(java.time.Period.of(y, mo, d),
              java.time.Duration.ofHours(h).plusMinutes(mi), Modifier.EXACT);
          assertEquals(expected.canonical().orElseThrow(), canonical("It lasted " + text + ".", ExpressionKind.DURATION));
        });
  }

  private static void append(StringBuilder text, int n, String unit) {
    if (n > 0) {
      text.append(text.length() > 0 ? " " : "").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
    }
  }

  @Test
  void aCountRoundTripsInDigitsGroupsAndWords() {
    Gen<Long> counts = longs().between(0, 999_999_999L).mix(Generate.pick(List.of(0L, 1L, 1_000_000L, 999L)), 20);
    qt().withExamples(400).forAll(counts).checkAssert(n -> {
      String expected = Long.toString(n);
      assertEquals(expected, canonical("They counted " + n + " ballots.", ExpressionKind.NUMBER));
      assertEquals(expected, canonical("They counted " + String.format(Locale.ROOT, "%,d", n) + " ballots.",
          ExpressionKind.NUMBER));
      assertEquals(expected, canonical("They counted " + Spell.number(n) + " ballots.", ExpressionKind.NUMBER));
    });
  }

  @Test
  void aScaledCountRoundTrips() {
    qt().withExamples(200).forAll(integers().between(1, 999), integers().between(0, 9))
        .checkAssert((whole, tenth) -> {
          BigDecimal v = new BigDecimal(whole + "." + tenth);
          String expected = v.multiply(new BigDecimal("1e6")).stripTrailingZeros().toPlainString();
          assertEquals(expected, canonical("Some " + v.toPlainString() + " million voted.", ExpressionKind.NUMBER));
          assertEquals(expected, canonical("Some " + v.toPlainString() + "m voted.", ExpressionKind.NUMBER));
        });
  }

  @Test
  void aPercentageRoundTripsInEveryForm() {
    Gen<BigDecimal> percents = integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2))
        .mix(Generate.pick(List.of(BigDecimal.ZERO, BigDecimal.valueOf(100))), 20);
    qt().withExamples(300).forAll(percents).checkAssert(p -> {
      String text = p.stripTrailingZeros().toPlainString();
      String expected = NumberValue.plain(p);
      for (String unit : List.of("%", " percent", " per cent", " pct")) {
        assertEquals(expected, canonical("Support stood at " + text + unit + " in polls.", ExpressionKind.PERCENT));
      }
    });
  }

  @Test
  void anAmountOfMoneyRoundTripsInEveryForm() {
    qt().withExamples(300).forAll(integers().between(0, 99_999_999), integers().between(0, 99)).checkAssert((units, cents) -> {
      BigDecimal amount = BigDecimal.valueOf(units * 100L + cents, 2);
      String digits = amount.toPlainString();
      String expected = NumberValue.plain(amount);
      assertEquals("USD " + expected, canonical("It cost $" + digits + " in all.", ExpressionKind.MONEY));
      assertEquals("USD " + expected, canonical("It cost " + digits + " dollars in all.", ExpressionKind.MONEY));
      assertEquals("EUR " + expected, canonical("It cost €" + digits + " in all.", ExpressionKind.MONEY));
      assertEquals("GBP " + expected, canonical("It cost GBP " + digits + " in all.", ExpressionKind.MONEY));
    });
  }
}
