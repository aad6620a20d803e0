package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DATE;
import static io.github.crosscheck.core.normalize.ExpressionKind.DURATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDateTest {
  /** A Saturday. */
  private static final String SATURDAY = "2025-01-18";
  /** A Friday. */
  private static final String FRIDAY = "2025-01-17";

  @Test
  void spokeOnFridayPublishedSaturdayIsTheDayBefore() {
    assertEquals("2025-01-17", Found.in("The minister spoke on Friday.", SATURDAY).canonical(DATE));
  }

  @Test
  void takesEffectOnSundayPublishedFridayIsTheComingSunday() {
    assertEquals("2025-01-19", Found.in("The rule takes effect on Sunday.", FRIDAY).canonical(DATE));
  }

  @Test
  void theReferenceWeekdayIsTheReferenceDay() {
    assertEquals("2025-01-17", Found.in("The court ruled on Friday.", FRIDAY).canonical(DATE));
    assertEquals("2025-01-17", Found.in("The court will rule on Friday.", FRIDAY).canonical(DATE));
  }

  @Test
  void aWeekdayWithoutCueLooksForward() {
    assertEquals("2025-01-21", Found.in("Senate vote Tuesday", SATURDAY).canonical(DATE));
  }

  @Test
  void byAWeekdayLooksForwardEvenAfterSaid() {
    assertEquals("2025-01-19", Found.in("Troops must leave by Sunday, officials said.", FRIDAY).canonical(DATE));
    assertEquals(Modifier.BY, Found.in("Troops must leave by Sunday, officials said.", FRIDAY).one(DATE).value().modifier());
  }

  @Test
  void aPossessiveWeekdayIsAWeekday() {
    assertEquals("2025-01-17", Found.in("Friday's call was brief, aides said.", SATURDAY).canonical(DATE));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "It rained today.|2025-01-17",
      "It rained yesterday.|2025-01-16",
      "It will rain tomorrow.|2025-01-18",
      "Markets fell last week.|2025-W02",
      "Markets fell earlier this week.|2025-W03",
      "Markets fell this month.|2025-01",
      "Markets will recover next year.|2026",
      "Markets will recover early next year.|2026",
      "It happened 3 days ago.|2025-01-14",
      "It will happen in 10 days.|2025-01-27",
      "It happened two weeks before Christmas.|2024-12-11",
      "Last Friday the index closed higher.|2025-01-10",
      "Next Friday the index reopens.|2025-01-24",
      "This coming Friday the index reopens.|2025-01-24",
      "Last August was hot.|2024-08",
      "Easter falls early.|2025-04-20",
      "The first Monday of March is a holiday.|2025-03-03",
      "Polls close this weekend.|2025-01-18/2025-01-19",
  })
  void resolvesAgainstTheReference(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, FRIDAY).canonical(DATE));
  }

  @Test
  void anOffsetDateAlsoYieldsItsDuration() {
    Found f = Found.in("Fusion will feed the grid in 15 years.", FRIDAY);
    assertEquals("2040-01-17", f.canonical(DATE));
    assertEquals("P15Y", f.canonical(DURATION));
  }

  @Test
  void withinIsADeadline() {
    assertEquals(Modifier.BY, Found.in("A reply is due within 3 days.", FRIDAY).one(DATE).value().modifier());
  }

  @Test
  void withoutAReferenceARelativeDateStaysUnresolved() {
    Expression e = Found.in("The minister spoke on Friday.", null).one(DATE);
    UnresolvedDate u = (UnresolvedDate) e.value();
    assertEquals(java.util.Optional.empty(), u.canonical());
    assertEquals(java.time.DayOfWeek.FRIDAY, u.weekday().orElseThrow());
    assertEquals("2025-01-17", u.resolve(io.github.crosscheck.core.document.PublicationTime.parse(SATURDAY))
        .flatMap(DateValue::canonical).orElseThrow());
  }

  @Test
  void anAbsoluteDateNeedsNoReference() {
    assertEquals("2025-01-19", Found.in("It began on January 19, 2025.", null).canonical(DATE));
  }
}
