package io.github.crosscheck.core.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.text.TextSpan;
import org.junit.jupiter.api.Test;

class QuoteRegionsTest {
  private static TextSpan find(String text, String part) {
    int at = text.indexOf(part);
    return new TextSpan(at, at + part.length());
  }

  @Test
  void curlyQuotationMayRunOverSentences() {
    String text = "He said: “We met on Friday. It went well.” Then he left.";
    QuoteRegions quotes = QuoteRegions.of(text);
    assertTrue(quotes.quotes(find(text, "It went well")));
    assertFalse(quotes.quotes(find(text, "Then he left")));
  }

  @Test
  void straightQuotesPairOnOneLine() {
    String text = "The \"very good\" call\nended \"early";
    QuoteRegions quotes = QuoteRegions.of(text);
    assertTrue(quotes.quotes(find(text, "very good")));
    assertFalse(quotes.quotes(find(text, "ended")));
  }
}
