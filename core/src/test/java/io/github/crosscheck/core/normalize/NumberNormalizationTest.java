package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberNormalizationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "The port handled 1,200 ships.|1200",
      "About 17 boats sank.|17",
      "Seventeen boats sank.|17",
      "The fleet counts 170 million tonnes.|170000000",
      "Exports reached 1.2bn tonnes.|1200000000",
      "It shipped 170m units.|170000000",
      "It shipped 35 mln units.|35000000",
      "The reading was minus 5 at dawn.|-5",
      "The reading fell to -12 overnight.|-12",
      "A dozen ministers resigned.|12",
      "Two hundred and two thousand people voted.|202000",
      "One million two hundred thousand people voted.|1200000",
      "Three quarters of members agreed.|0.75",
      "Roughly 3 million and a half viewers tuned in.|3500000",
      "Only one and a half lanes were open.|1.5",
      "The index rose 0.25 points.|0.25",
      "Eleven lakh people attended.|1100000",
      "Survey size: .5 of the sample.|0.5",
  })
  void readsCountsInEveryCommonForm(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, null).canonical(NUMBER));
  }

  @Test
  void aRangeKeepsBothEnds() {
    NumberValue v = (NumberValue) Found.in("Between 10 and 20 villages flooded.", null).one(NUMBER).value();
    assertEquals(new BigDecimal("10"), v.value());
    assertEquals(Optional.of(new BigDecimal("20")), v.upper());
  }

  @Test
  void aRangeWithOneScaleScalesBothEnds() {
    NumberValue v = (NumberValue) Found.in("It will cost 5 to 7 billion.", null).one(NUMBER).value();
    assertEquals(0, new BigDecimal("5e9").compareTo(v.value()));
  }

  @Test
  void fromToIsAChangeNotARange() {
    assertEquals(2, Found.in("Sales went from 10 to 20 units.", null).of(NUMBER).size());
  }

  @Test
  void tensOfThousandsIsAnInterval() {
    NumberValue v = (NumberValue) Found.in("Tens of thousands marched.", null).one(NUMBER).value();
    assertEquals(0, new BigDecimal("20000").compareTo(v.value()));
    assertEquals(0, new BigDecimal("100000").compareTo(v.upper().orElseThrow()));
  }

  @Test
  void ordinalsAreNotCounts() {
    Found.in("It was the 3rd attempt and the twenty-first session.", null).none(NUMBER);
  }

  @Test
  void digitsGluedToANameAreNotCounts() {
    Found.in("The COVID-19 unit and the MP3 player.", null).none(NUMBER);
  }

  @Test
  void modifierIsKept() {
    assertEquals(Modifier.NEARLY, Found.in("Nearly 170 million voted.", null).one(NUMBER).value().modifier());
    assertEquals(Modifier.MORE_THAN, Found.in("More than 6,650 jobs went.", null).one(NUMBER).value().modifier());
    assertEquals(Modifier.AT_MOST, Found.in("Up to 400 jobs.", null).one(NUMBER).value().modifier());
    assertEquals(Modifier.AT_LEAST, Found.in("It hired 50 or more staff.", null).one(NUMBER).value().modifier());
  }

  @Test
  void hugeAndEndlessNumbersHaveNoValue() {
    Found.in("99999999999999999999 trillion", null).none(NUMBER);
    Found.in("7".repeat(100_000), null).none(NUMBER);
  }
}
