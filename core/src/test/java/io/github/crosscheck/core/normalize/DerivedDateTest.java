package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import org.junit.jupiter.api.Test;

class DerivedDateTest {
  private static final String REF = "2025-01-17";

  @Test
  void aPossessiveWeekdayAnchorIsResolved() {
    DerivedDate d = (DerivedDate) Found.in("Troops will withdraw three days before Monday's inauguration.", REF)
        .one(DATE).value();
    assertEquals(Period.ofDays(-3), d.offset());
    assertEquals("Monday's inauguration", d.anchorText());
    assertEquals("2025-01-20", d.anchorDate().flatMap(DateValue::canonical).orElseThrow());
    assertEquals("2025-01-17", d.canonical().orElseThrow());
  }

  @Test
  void aDatedEventAnchorIsResolved() {
    DerivedDate d = (DerivedDate) Found.in("They will meet a week after the January 20 inauguration.", REF).one(DATE).value();
    assertEquals("the January 20 inauguration", d.anchorText());
    assertEquals("2025-01-27", d.canonical().orElseThrow());
  }

  @Test
  void anUndatedEventKeepsItsAnchorForLater() {
    String text = "Results came two days after the vote.";
    DerivedDate d = (DerivedDate) Found.in(text, REF).one(DATE).value();
    assertEquals("the vote", d.anchorText());
    assertEquals("the vote", d.anchorSpan().of(text));
    assertTrue(d.resolved().isEmpty());
    assertEquals("2024-11-07", d.resolveWith(DateValue.day(java.time.LocalDate.of(2024, 11, 5)))
        .flatMap(DateValue::canonical).orElseThrow());
  }
}
