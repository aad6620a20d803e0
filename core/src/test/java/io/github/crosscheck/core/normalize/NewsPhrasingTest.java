package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DATE;
import static io.github.crosscheck.core.normalize.ExpressionKind.DATETIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrasings typical of news copy, and the words that only look like dates. */
class NewsPhrasingTest {
  private static final String FRIDAY = "2025-01-17";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Revenue fell in the first quarter of 2024.|2024-Q1",
      "Fourth-quarter profit fell, the company said.|2024-Q4",
      "Q3 results will be out soon.|2025-Q3",
      "He was shot last night.|2025-01-16",
      "The vote is this afternoon.|2025-01-17",
      "It happened on the evening of January 12.|2025-01-12",
      "Sales peaked the year before last.|2023",
      "Rates will stay high until the end of the year.|2025",
      "Prices rose in the 12 months through December.|2024-12",
  })
  void readsNewsDates(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, FRIDAY).canonical(DATE));
  }

  @Test
  void aNeighbouringTimeExpressionDoesNotSetTheTense() {
    assertEquals("2025-01-15",
        Found.in("The bill passed on Wednesday and goes to the House next week.", FRIDAY).text(DATE, "Wednesday")
            .value().canonical().orElseThrow());
  }

  @Test
  void wordsThatOnlyLookLikeDatesAreNotDates() {
    Found.in("Protesters may march 5 miles, The Sun reported.", FRIDAY).none(DATE);
    Found.in("Sat in the sun, Mon Cheri smiled.", FRIDAY).none(DATE);
    Found.in("Call 555-1234 today.", FRIDAY).of(DATE).forEach(e -> assertEquals("today", e.text()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Doors open at half past 3 pm.|T15:30",
      "Doors open at 3:30 in the afternoon.|T15:30",
      "Doors open at 10 o'clock.|T10:00",
      "Doors open at 9 a.m. on the 20th.|2025-01-20T09:00",
  })
  void readsClockPhrasings(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, FRIDAY).canonical(DATETIME));
  }
}
