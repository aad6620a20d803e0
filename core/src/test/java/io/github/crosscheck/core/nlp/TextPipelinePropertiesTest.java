package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextPipelinePropertiesTest {
  private final TextPipeline pipeline = TextPipeline.english();

  /** Any Unicode (surrogate pairs included), whitespace-heavy text and news-like text. */
  private static Gen<String> anyText(int maxLength) {
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, maxLength);
    Gen<String> whitespace = Generate.pick(ImmutableList.of(" ", "\n", "\t", "\r\n", "\u00a0", "\u2028", ".", "a"))
        .mix(Generate.constant(" "))
        .map(s -> s.repeat(3));
    Gen<String> words = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, maxLength);
    Gen<String> astral = strings().betweenCodePoints(0x1F300, 0x1F64F).ofLengthBetween(0, 40);
    return unicode.mix(words, 50).mix(whitespace, 10).mix(astral, 10);
  }

  @Test
  void sentenceAndTokenSpansAreInBoundsOrderedAndExact() {
    qt().withExamples(300).forAll(anyText(400)).checkAssert(this::assertSpansExact);
  }

  @Test
  void spansStayExactOnAHundredKilobytes() {
    qt().withExamples(3).forAll(strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(100_000, 100_000))
        .checkAssert(this::assertSpansExact);
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertTrue(pipeline.sentences("").isEmpty());
    assertTrue(pipeline.sentences(" \n\t\r\n ").isEmpty());
  }

  private void assertSpansExact(String text) {
    int previousSentenceEnd = 0;
    for (Sentence sentence : pipeline.sentences(text)) {
      TextSpan span = sentence.span();
      assertTrue(span.start() >= previousSentenceEnd, () -> "sentences overlap or are out of order at " + span);
      assertTrue(span.end() <= text.length());
      assertTrue(!span.isEmpty());
      previousSentenceEnd = span.end();
      int previousTokenEnd = span.start();
      for (Token token : pipeline.tokens(text, sentence)) {
        TextSpan t = token.span();
        assertTrue(t.start() >= previousTokenEnd, () -> "tokens overlap or are out of order at " + t);
        assertTrue(span.contains(t), () -> "token " + t + " outside its sentence " + span);
        assertEquals(token.text(), text.substring(t.start(), t.end()));
        previousTokenEnd = t.end();
      }
    }
  }
}
