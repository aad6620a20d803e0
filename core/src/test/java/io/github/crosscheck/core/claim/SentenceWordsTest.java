package io.github.crosscheck.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crosscheck.core.text.TextSpan;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceWordsTest {
  /** What a word answers, read while it is valid. */
  private static List<String> described(List<Word> words) {
    return words.stream()
        .map(w -> w.start() + "-" + w.end() + (w.possessive() ? "'s" : "") + ":" + w.text() + "/" + w.lower())
        .toList();
  }

  private static TextSpan whole(String text) {
    return new TextSpan(0, text.length());
  }

  @Test
  void reusedWordsAnswerAsFreshOnesForSentencesReadOneAfterAnother() {
    qt().withExamples(200)
        .forAll(lists().of(strings().betweenCodePoints(32, 0x2019).ofLengthBetween(0, 400)).ofSizeBetween(1, 8))
        .checkAssert(sentences -> {
          SentenceWords words = SentenceWords.take();
          try {
            for (String sentence : sentences) {
              // Asked for their copies first, so a word reused without forgetting them would answer wrong.
              assertEquals(described(Words.scan(sentence, whole(sentence))), described(words.read(sentence, whole(sentence))));
            }
          } finally {
            words.release();
          }
        });
  }

  @Test
  void aRegionInsideTheTextGivesItsWordsAtTheirOffsets() {
    String text = "Intro. China’s leader met U.S. officials at 8 a.m. on Jan. 19. Outro.";
    TextSpan region = new TextSpan(7, 62);
    SentenceWords words = SentenceWords.take();
    try {
      assertEquals(described(Words.scan(text, region)), described(words.read(text, region)));
    } finally {
      words.release();
    }
  }

  @Test
  void aSubListKeptPastItsSentenceFailsRatherThanReadTheNext() {
    SentenceWords words = SentenceWords.take();
    try {
      List<Word> first = words.read("one two three", whole("one two three")).subList(0, 2);
      words.read("four five six", whole("four five six"));
      assertThrows(ConcurrentModificationException.class, () -> first.get(0));
    } finally {
      words.release();
    }
  }

  @Test
  void aNestedTakeOnTheSameThreadGetsItsOwnList() {
    SentenceWords outer = SentenceWords.take();
    try {
      SentenceWords inner = SentenceWords.take();
      assertNotSame(outer, inner);
      inner.release();
    } finally {
      outer.release();
    }
    SentenceWords again = SentenceWords.take();
    again.release();
    assertSame(outer, again);
  }
}
