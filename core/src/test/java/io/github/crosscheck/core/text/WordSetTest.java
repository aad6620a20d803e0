package io.github.crosscheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordSetTest {
  private static final WordSet WORDS = WordSet.of(List.of("the", "said", "march", "i̇stanbul", "ß", "a"));

  @Test
  void matchesAStretchWhateverItsCase() {
    String text = "On MARCH 3 The minister Said";
    assertTrue(WORDS.contains(text, 3, 8));
    assertTrue(WORDS.contains(text, 11, 14));
    assertTrue(WORDS.contains(text, 24, 28));
    assertFalse(WORDS.contains(text, 15, 23));
  }

  @Test
  void aStretchMatchesOnlyAWholeWord() {
    assertFalse(WORDS.contains("thesaid", 0, 4));
    assertFalse(WORDS.contains("th", 0, 2));
    assertFalse(WORDS.contains("", 0, 0));
  }

  @Test
  void nonAsciiStretchesAreFoldedLikeTheirCopies() {
    String text = "İstanbul";
    assertEquals(WORDS.contains(text.toLowerCase(Locale.ROOT)), WORDS.contains(text, 0, text.length()));
  }

  @Test
  void answersAsTheLowerCaseCopyWouldOnAnyText() {
    WordSet words = WordSet.of(List.of("a", "an", "ab", "the", "x1", "é", "ǅ", "k"));
    qt().withExamples(2000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 4), integers().between(0, 4),
        integers().between(0, 4)).checkAssert((text, a, b) -> {
          int start = Math.min(Math.min(a, b), text.length());
          int end = Math.min(Math.max(a, b), text.length());
          assertEquals(words.contains(text.substring(start, end).toLowerCase(Locale.ROOT)),
              words.contains(text, start, end), () -> "\"" + text + "\" [" + start + "," + end + ")");
        });
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 3)).checkAssert(text ->
        assertEquals(words.contains(text.toLowerCase(Locale.ROOT)), words.contains(text, 0, text.length())));
  }

  @Test
  void anAsciiStretchWithItsFoldedHashAnswersAsItsLowerCaseCopy() {
    WordSet words = WordSet.of(List.of("a", "an", "ab", "the", "x1", "k"));
    qt().withExamples(2000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 4)).checkAssert(text -> {
      int hash = AsciiCase.foldedHash(text, 0, text.length());
      assertEquals(text.toLowerCase(Locale.ROOT).hashCode(), hash, text);
      assertEquals(words.contains(text.toLowerCase(Locale.ROOT)), words.containsFolded(text, 0, text.length(), hash), text);
    });
  }
}
