package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DATE;
import static io.github.crosscheck.core.normalize.ExpressionKind.DATETIME;
import static io.github.crosscheck.core.normalize.ExpressionKind.NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per regular expression of the normalizer, with the exact span each must cover. */
class PatternsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "YEAR_FIRST|Filed 2024-03-05 by the clerk.|2024-03-05|2024-03-05",
      "YEAR_FIRST (day before month)|Filed 2024/13/1 by the clerk.|2024-01-13|2024/13/1",
      "YEAR_FIRST_SPACED|Filed 2024 03 05 by the clerk.|2024-03-05|2024 03 05",
      "YEAR_LAST|Filed 3/5/2024 by the clerk.|2024-03-05|3/5/2024",
      "YEAR_LAST (day first)|Filed 25.12.2024 by the clerk.|2024-12-25|25.12.2024",
      "COMPACT|See report-20240305.pdf for details.|2024-03-05|20240305",
      "MONTH_YEAR|Filed 03/2024 by the clerk.|2024-03|03/2024",
      "YEAR_MONTH|Filed 2024-03 by the clerk.|2024-03|2024-03",
      "MONTH_DAY|Filed on 3/5 by the clerk.|2024-03-05|3/5",
  })
  void numericDatePatterns(String pattern, String sentence, String expected, String span) {
    Expression e = Found.in(sentence, "2024-06-01").one(DATE);
    assertEquals(expected, e.value().canonical().orElseThrow(), pattern);
    assertEquals(span, e.text(), pattern);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "COLON|Trading halted at 14:05.|T14:05",
      "COLON with a dot and am/pm|Trading halted at 2.05pm.|T14:05",
      "MILITARY|Trading halted at 1405 GMT.|T14:05",
  })
  void clockPatterns(String pattern, String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, null).canonical(DATETIME), pattern);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "GROUPED|A crowd of 1,234,567 gathered.|1234567",
      "SPACED|A crowd of 1 234 567 gathered.|1234567",
      "PLAIN with decimals|A crowd of 12.5 gathered.|12.5",
      "leading decimal point|A share of .25 went.|0.25",
  })
  void numeralPatterns(String pattern, String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, null).canonical(NUMBER), pattern);
  }
}
