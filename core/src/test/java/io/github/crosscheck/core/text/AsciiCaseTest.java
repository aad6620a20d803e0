package io.github.crosscheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AsciiCaseTest {
  @Test
  void anAsciiStretchFoldsAsTheRootLocaleLowerCaseDoes() {
    qt().withExamples(1_000).forAll(strings().ascii().ofLengthBetween(0, 12), strings().ascii().ofLengthBetween(0, 12))
        .checkAssert((text, word) -> {
          String lower = word.toLowerCase(Locale.ROOT);
          boolean expected = text.toLowerCase(Locale.ROOT).startsWith(lower);
          boolean fits = lower.length() <= text.length();
          assertEquals(expected, fits && AsciiCase.regionEquals(text, 0, lower), text + " / " + lower);
          assertEquals(true, AsciiCase.isAscii(text, 0, text.length()));
        });
  }

  @Test
  void aNonAsciiCharacterIsNoAscii() {
    assertEquals(false, AsciiCase.isAscii("İstanbul", 0, 8));
    assertEquals(true, AsciiCase.isAscii("İstanbul", 1, 8));
  }
}
