package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the two ways hostile text made the pipeline quadratic: a sentence with no end
 * in sight (every later stage works per sentence), and a long run without whitespace (OpenNLP's
 * models build context strings from the whole run at every position). The timing side is pinned by
 * the fixtures module's BoundedTimeTest; these pin the shapes that make it linear.
 */
class BoundedWorkTest {
  private final TextPipeline pipeline = TextPipeline.english();

  @Test
  void aSentenceWithoutEndIsCutAtWhitespaceIntoBoundedPieces() {
    String text = "the inspection on May 1 and ".repeat(2_000);
    ImmutableList<Sentence> sentences = pipeline.sentences(text);
    assertTrue(sentences.size() >= text.length() / TextPipeline.MAX_SENTENCE_CHARS);
    int covered = 0;
    for (int i = 0; i < sentences.size(); i++) {
      TextSpan span = sentences.get(i).span();
      assertEquals(i, sentences.get(i).index());
      assertTrue(span.length() <= TextPipeline.MAX_SENTENCE_CHARS, span::toString);
      assertTrue(span.start() == 0 || Character.isWhitespace(text.charAt(span.start() - 1)), () -> "cut inside a word at " + span);
      covered += span.of(text).replace(" ", "").length();
    }
    assertEquals(text.replace(" ", "").length(), covered, "no character is lost");
  }

  @Test
  void aRunWithoutWhitespaceIsCutWithoutSplittingASurrogatePair() {
    String text = "😀".repeat(3_000);
    for (Sentence sentence : pipeline.sentences(text)) {
      assertTrue(sentence.span().length() <= TextPipeline.MAX_SENTENCE_CHARS);
      assertTrue(Character.isHighSurrogate(text.charAt(sentence.span().start())), sentence::toString);
    }
  }

  @Test
  void ordinarySentencesAreUntouched() {
    String text = "Calder agreed to buy the firm on March 10. The deal closes in June.";
    assertEquals(2, pipeline.sentences(text).size());
  }

  @Test
  void aLongRunWithoutWhitespaceIsOneToken() {
    String run = "ab.cd,".repeat(20);
    String text = "See " + run + " now.";
    ImmutableList<Token> tokens = pipeline.tokens(text, TextSpan.of(0, text.length()));
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals(run)), tokens::toString);
    assertEquals("See", tokens.get(0).text());
    assertEquals(".", tokens.get(tokens.size() - 1).text());
  }

  @Test
  void periodsInsideALongRunEndNoSentence() {
    String run = "a.b.c.".repeat(20);
    String text = "It starts " + run + " and goes on. Then it ends.";
    ImmutableList<Sentence> sentences = pipeline.sentences(text);
    assertEquals(2, sentences.size(), sentences::toString);
    assertTrue(sentences.get(0).text(text).contains(run));
  }

  @Test
  void aLongRunEndingASentenceStillEndsIt() {
    String text = "Read it at " + "x".repeat(100) + ". Then it ends.";
    assertEquals(2, pipeline.sentences(text).size());
  }
}
