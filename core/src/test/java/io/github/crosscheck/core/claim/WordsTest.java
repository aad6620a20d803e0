package io.github.crosscheck.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crosscheck.core.text.TextSpan;
import io.github.crosscheck.core.text.WordSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> words(String text) {
    return Words.scan(text, new TextSpan(0, text.length())).stream().map(Word::text).toList();
  }

  @Test
  void initialismsAndHyphenatedTitlesAreOneWord() {
    assertEquals(List.of("U.S.", "President-elect", "met", "at", "8", "a.m."), words("U.S. President-elect met at 8 a.m."));
  }

  @Test
  void possessiveIsSplitOffAndFlagged() {
    List<Word> scanned = Words.scan("China’s leader", new TextSpan(0, 14));
    assertEquals("China", scanned.get(0).text());
    assertTrue(scanned.get(0).possessive());
  }

  @Test
  void abbreviatedMonthKeepsItsPeriodOutside() {
    assertEquals(List.of("Jan", "19"), words("Jan. 19"));
  }

  @Test
  void everyWordSpanIsExactOnAnyText() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(text -> {
      int previous = 0;
      for (Word word : Words.scan(text, new TextSpan(0, text.length()))) {
        assertTrue(word.span().start() >= previous && word.span().end() <= text.length());
        assertEquals(word.text(), word.span().of(text));
        previous = word.span().end();
      }
    });
  }

  @Test
  void wordTestsReadInPlaceAsTheLowerCaseCopyWould() {
    WordSet lists = WordSet.of(List.of("the", "march", "u.s.", "o'clock", "istanbul"));
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(text -> {
      List<Word> fresh = Words.scan(text, new TextSpan(0, text.length()));
      List<Word> copied = Words.scan(text, new TextSpan(0, text.length()));
      for (int i = 0; i < fresh.size(); i++) {
        String lower = copied.get(i).lower();
        assertEquals(lists.contains(lower), fresh.get(i).in(lists));
        assertEquals(lower.equals("the"), fresh.get(i).is("the"));
        assertTrue(fresh.get(i).is(lower));
      }
    });
    List<Word> words = Words.scan("THE March U.S. O'Clock", new TextSpan(0, 22));
    assertTrue(words.stream().allMatch(w -> w.in(lists)));
  }
}
