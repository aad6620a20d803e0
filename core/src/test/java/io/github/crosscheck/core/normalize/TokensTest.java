package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crosscheck.core.text.WordSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final WordSet WORDS = WordSet.of(List.of("the", "march", "in", "2025", ",", "-"));

  @Test
  void inPlaceTestsAnswerAsTheCopiedTextWould() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(text -> {
      Tokens fresh = Tokens.of(text, 0, text.length());
      Tokens copied = Tokens.of(text, 0, text.length());
      for (int i = -1; i <= fresh.size(); i++) {
        String w = copied.w(i);
        assertEquals(WORDS.contains(w), fresh.in(i, WORDS), () -> "in " + w);
        assertEquals(w.equals("march"), fresh.is(i, "march"), () -> "is " + w);
        assertEquals(w.length() >= 5 && w.endsWith("ed"), fresh.endsWith(i, "ed", 5), () -> "endsWith " + w);
      }
    });
  }

  @Test
  void mixedCaseWordsMatchTheirLowerCase() {
    Tokens tokens = Tokens.of("The MARCH Planned", 0, 17);
    assertTrue(tokens.is(0, "the"));
    assertTrue(tokens.in(1, WORDS));
    assertTrue(tokens.endsWith(2, "ed", 5));
  }
}
