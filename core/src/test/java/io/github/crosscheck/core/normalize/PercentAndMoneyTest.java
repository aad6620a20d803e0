package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.MONEY;
import static io.github.crosscheck.core.normalize.ExpressionKind.PERCENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentAndMoneyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Turnout hit 60 percent.|60",
      "Turnout hit 60%.|60",
      "Turnout hit 60 per cent.|60",
      "Turnout hit sixty percent.|60",
      "Yields rose to 1.38pc.|1.38",
      "Support fell to 0%.|0",
      "Every ballot, 100 percent, was counted.|100",
  })
  void readsPercentages(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, null).canonical(PERCENT));
  }

  @Test
  void percentagePointsAreTheirOwnUnit() {
    PercentValue v = (PercentValue) Found.in("The lead grew by 2 percentage points.", null).one(PERCENT).value();
    assertEquals(PercentUnit.PERCENTAGE_POINTS, v.unit());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "The deal is worth $1.5 billion.|USD 1500000000",
      "It lent US$2 trillion.|USD 2000000000000",
      "It raised €300m.|EUR 300000000",
      "Output reached 1.5 billion yuan.|CNY 1500000000",
      "A ticket costs £20.|GBP 20",
      "A ticket costs C$5.|CAD 5",
      "A ticket costs 5 dollars 25 cents.|USD 5.25",
      "Fines of 30 MUSD were paid.|USD 30000000",
      "The fee is EUR 125.|EUR 125",
      "The fee is 125 Swiss francs.|CHF 125",
      "He paid a $5 fee.|USD 5",
  })
  void readsMoney(String sentence, String expected) {
    assertEquals(expected, Found.in(sentence, null).canonical(MONEY));
  }

  @Test
  void moneyModifierAndRange() {
    MoneyValue approx = (MoneyValue) Found.in("It cost about $40 million.", null).one(MONEY).value();
    assertEquals(Modifier.APPROXIMATE, approx.modifier());
    MoneyValue range = (MoneyValue) Found.in("Bids of $89 to $93 billion came in.", null).one(MONEY).value();
    assertEquals("USD 89000000000..93000000000", range.canonical().orElseThrow());
  }
}
