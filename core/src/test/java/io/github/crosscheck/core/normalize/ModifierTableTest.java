package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModifierTableTest {
  private static final BigDecimal V = new BigDecimal("170");

  @Test
  void everyModifierReachesTheStatedValue() {
    for (Modifier m : Modifier.values()) {
      Range<BigDecimal> r = NumberValue.of(V, m).bounds();
      boolean lowerOk = !r.hasLowerBound() || r.lowerEndpoint().compareTo(V) <= 0;
      boolean upperOk = !r.hasUpperBound() || r.upperEndpoint().compareTo(V) >= 0;
      assertTrue(lowerOk && upperOk, () -> m + " moves away from the value it qualifies: " + r);
    }
  }

  @Test
  void approximateIsTenPercentEitherSide() {
    assertEquals(Range.closed(new BigDecimal("153.0"), new BigDecimal("187.0")),
        NumberValue.of(V, Modifier.APPROXIMATE).bounds());
  }

  @Test
  void nearlyIsBelowAndUpToTheValue() {
    Range<BigDecimal> r = NumberValue.of(V, Modifier.NEARLY).bounds();
    assertTrue(r.contains(new BigDecimal("160")));
    assertFalse(r.contains(new BigDecimal("171")));
  }

  @Test
  void moreThanIsOpenAboveTheValue() {
    Range<BigDecimal> r = NumberValue.of(V, Modifier.MORE_THAN).bounds();
    assertFalse(r.contains(V));
    assertFalse(r.hasUpperBound());
    assertTrue(NumberValue.of(V, Modifier.AT_LEAST).bounds().contains(V));
  }

  @Test
  void atMostAndLessThanStartAtZero() {
    assertEquals(Range.closed(new BigDecimal("0"), V), NumberValue.of(V, Modifier.AT_MOST).bounds());
    assertFalse(NumberValue.of(V, Modifier.LESS_THAN).bounds().contains(V));
  }

  @Test
  void aNegativeValueIsBoundedByItsMagnitude() {
    Range<BigDecimal> r = NumberValue.of(new BigDecimal("-5"), Modifier.APPROXIMATE).bounds();
    assertTrue(r.contains(new BigDecimal("-5.4")));
    assertTrue(r.contains(new BigDecimal("-4.6")));
  }

  @Test
  void everyPhraseOfTheTableIsRead() {
    for (var row : Resources.rows("modifiers.tsv")) {
      Modifier expected = Modifier.valueOf(row.get(1));
      boolean date = row.get(3).equals("date");
      String phrase = row.get(0);
      Tokens t = Tokens.of(phrase, 0, phrase.length());
      var hit = row.get(2).equals("prefix") ? Modifiers.prefix(t, 0, date)
          : Modifiers.suffix(t, 0, date ? ExpressionKind.DATE : ExpressionKind.NUMBER);
      assertEquals(expected, hit.orElseThrow(() -> new AssertionError("phrase not read: " + phrase)).value().modifier(),
          phrase);
    }
  }

  /** The documentation's modifier table must say what the data file says. */
  @Test
  void theDocumentedTableMatchesTheData() throws java.io.IOException {
    java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "normalization.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(doc), "docs/normalization.md is absent");
    String text = java.nio.file.Files.readString(doc);
    for (var row : Resources.rows("modifier-bounds.tsv")) {
      String lower = row.get(1).replace("inf", "∞");
      String upper = row.get(2).replace("inf", "∞");
      String expected = "| " + row.get(0) + " | " + side(lower, true) + ", " + side(upper, false) + " |";
      assertTrue(text.contains(expected), () -> "docs/normalization.md lacks the row " + expected);
    }
  }

  private static String side(String cell, boolean lower) {
    String number = lower ? cell.substring(1) : cell.substring(0, cell.length() - 1);
    String value = number.equals("∞") ? "∞" : number + "v";
    return lower ? cell.charAt(0) + value : value + cell.charAt(cell.length() - 1);
  }

  @Test
  void dateModifiersBoundDays() {
    DateValue jan = new DateValue(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 1, 31),
        Granularity.MONTH, DatePart.WHOLE, Modifier.BEFORE);
    assertEquals(Range.lessThan(java.time.LocalDate.of(2025, 1, 1)), jan.bounds());
    assertEquals(Range.atLeast(java.time.LocalDate.of(2025, 1, 1)), jan.withModifier(Modifier.SINCE).bounds());
  }
}
