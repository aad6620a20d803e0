package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DATE;
import static io.github.crosscheck.core.normalize.ExpressionKind.NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarDateTest {
  private static final String REF = "2025-01-17";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "The ceasefire began on Jan. 19, 2025.|2025-01-19|Jan. 19, 2025",
      "The ceasefire began on 19 January 2025.|2025-01-19|19 January 2025",
      "The ceasefire began on 1/19/25.|2025-01-19|1/19/25",
      "The ceasefire began on 2025-01-19.|2025-01-19|2025-01-19",
      "The ceasefire began on 19.01.2025.|2025-01-19|19.01.2025",
      "The ceasefire began on the 19th of January, 2025.|2025-01-19|the 19th of January, 2025",
      "The ceasefire began on Sunday, January 19, 2025.|2025-01-19|Sunday, January 19, 2025",
      "The pact was signed in January 2025.|2025-01|January 2025",
      "The pact was signed in 2022.|2022|2022",
      "The pact dates from the 1990s.|199X|the 1990s",
      "The pact dates from the 19th century.|18XX|the 19th century",
      "Growth should peak in mid-2024.|2024|mid-2024",
      "Born on twenty five May nineteen eighty six, he grew up abroad.|1986-05-25|twenty five May nineteen eighty six",
  })
  void readsCalendarDates(String sentence, String expected, String span) {
    Expression e = Found.in(sentence, REF).one(DATE);
    assertEquals(expected, e.value().canonical().orElseThrow());
    assertEquals(span, e.text());
  }

  @Test
  void aDateInWordsHasGranularityAndPart() {
    DateValue v = (DateValue) Found.in("Talks resume at the end of October.", REF).one(DATE).value();
    assertEquals(Granularity.MONTH, v.granularity());
    assertEquals(DatePart.LATE, v.part());
  }

  @Test
  void pastTenseTakesTheMonthDayOnOrBeforeTheReference() {
    assertEquals("2024-03-02", Found.in("He arrived on March 2.", REF).canonical(DATE));
  }

  @Test
  void futureTenseTakesTheMonthDayOnOrAfterTheReference() {
    assertEquals("2025-12-02", Found.in("He will arrive on December 2.", REF).canonical(DATE));
  }

  @Test
  void noTenseTakesTheNearestMonthDay() {
    assertEquals("2025-02-02", Found.in("Meeting: February 2.", REF).canonical(DATE));
    assertEquals("2024-12-02", Found.in("Meeting: December 2.", REF).canonical(DATE));
  }

  @Test
  void aBareMonthFollowsTheTense() {
    assertEquals("2024-12", Found.in("The vote was held in December.", REF).canonical(DATE));
    assertEquals("2025-12", Found.in("The vote will be held in December.", REF).canonical(DATE));
  }

  @Test
  void february29WithoutAYearFindsALeapYear() {
    assertEquals("2024-02-29", Found.in("She was born on February 29.", REF).canonical(DATE));
  }

  @Test
  void impossibleDatesHaveNoValue() {
    Found feb = Found.in("February 30", REF);
    feb.none(DATE);
    feb.none(NUMBER);
    Found slashes = Found.in("13/45/25", REF);
    slashes.none(DATE);
    slashes.none(NUMBER);
  }

  @Test
  void aBareFractionIsNotADate() {
    Found f = Found.in("Turnout was 3/4 of the roll.", REF);
    f.none(DATE);
    assertEquals("0.75", f.canonical(NUMBER));
  }

  @Test
  void aMonthDayWithContextIsADate() {
    assertEquals("2025-03-04", Found.in("The vote is due on 3/4.", REF).canonical(DATE));
  }

  @Test
  void aYearNeedsAContext() {
    Found.in("Some 2018 runners finished.", REF).none(DATE);
    assertEquals("2018", Found.in("Sales rose in 2018.", REF).canonical(DATE));
    assertEquals("2020", Found.in("The 2020 election was costly.", REF).canonical(DATE));
  }

  @Test
  void theModalMayIsNoMonth() {
    Found.in("Officials may decide later.", REF).none(DATE);
    assertEquals("2025-05", Found.in("Officials will decide in May.", REF).canonical(DATE));
  }
}
