package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DURATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationNormalizationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "He served four years.|P4Y",
      "The strike lasted 48 hours.|PT48H",
      "It took three months.|P3M",
      "It took a decade.|P10Y",
      "It took an hour and a half.|PT1H30M",
      "It took 18 months.|P1Y6M",
      "It took two weeks.|P14D",
      "It took 1 year 2 months 3 days.|P1Y2M3D",
      "It took 2.5 hours.|PT2H30M",
      "It took 3.5 years.|P3Y6M",
      "It took half an hour.|PT30M",
      "A 30-minute delay.|PT30M",
  })
  void readsDurations(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, null).canonical(DURATION));
  }

  @Test
  void modifiersBoundTheLength() {
    DurationValue more = (DurationValue) Found.in("The talks lasted more than two years.", null).one(DURATION).value();
    assertEquals(Modifier.MORE_THAN, more.modifier());
    assertTrue(more.seconds().contains(more.approximateSeconds().add(BigDecimal.ONE)));
    DurationValue less = (DurationValue) Found.in("It took less than 48 hours.", null).one(DURATION).value();
    assertEquals(Modifier.LESS_THAN, less.modifier());
  }

  @Test
  void aBarePluralAfterForIsAtLeastTwo() {
    DurationValue v = (DurationValue) Found.in("Talks dragged on for weeks.", null).one(DURATION).value();
    assertEquals("P14D", v.canonical().orElseThrow());
    assertEquals(Modifier.AT_LEAST, v.modifier());
  }

  @Test
  void anOrdinalSecondIsNoDuration() {
    Found.in("He won a second term.", null).none(DURATION);
  }
}
