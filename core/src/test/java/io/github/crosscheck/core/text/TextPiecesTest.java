package io.github.crosscheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextPiecesTest {
  /** Words that collide, fold, or fold to other lengths; one longer than a remembered stretch. */
  private static final List<String> WORDS = List.of("Said", "said", "SAID", "Aa", "BB", "İstanbul", "ß", "STRASSE", "12",
      "“", "U.S.", "e-mail", "x", "", "ΣΟΦΙΑ", "a-very-long-hyphenated-compound-word-indeed", "Ab", "bA");

  @Test
  void everyStretchGivesItsCopyAndItsLowerCaseCopyWhateverTheTableHolds() {
    TextPieces pieces = new TextPieces();
    qt().withExamples(500).forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(1, 12),
        integers().between(0, 30)).checkAssert((picks, shift) -> {
          String text = "#".repeat(shift) + String.join(" ", picks.stream().map(WORDS::get).toList());
          int start = shift;
          for (int pick : picks) {
            int end = start + WORDS.get(pick).length();
            assertEquals(text.substring(start, end), pieces.exact(text, start, end));
            assertEquals(text.substring(start, end).toLowerCase(Locale.ROOT), pieces.lower(text, start, end));
            start = end + 1;
          }
        });
  }

  @Test
  void aStretchSeenLatelyIsNotCopiedAgain() {
    TextPieces pieces = new TextPieces();
    String first = pieces.lower("The Minister said", 4, 12);
    assertSame(first, pieces.lower("a MINISTER", 2, 10));
    assertSame(pieces.exact("on Friday", 3, 9), pieces.exact("Friday,", 0, 6));
  }

  @Test
  void answersStayRightThroughEvictions() {
    TextPieces pieces = new TextPieces();
    for (int i = 0; i < 20_000; i++) {
      String word = "w" + i;
      assertEquals(word, pieces.exact(word, 0, word.length()));
      assertEquals(word, pieces.lower(word.toUpperCase(Locale.ROOT), 0, word.length()));
    }
    assertEquals("w17", pieces.exact("w17", 0, 3));
  }
}
