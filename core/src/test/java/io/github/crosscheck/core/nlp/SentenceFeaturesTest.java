package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {
  /** Pieces around which the model decides: abbreviations, initials, numbers, quotes, line ends, odd spaces. */
  static final List<String> PIECES = List.of("The", "U.S.", "Dr.", "said", "it", "ended.", "Jan.", "19.", "3.5",
      "p.m.", "“Yes.”", "(AP)", "—", "Why?", "No!", "e.g.", "A.", "I.B.M.", "...", ".", "?!", "ÉTÉ.", "naïve.", "\n",
      "\r\n", "\t", "\u00a0", "  ", "x", "42", "Mr", "Inc.", "St.Louis", "end.\"", "a.b.c", "!");

  private static SentenceModel model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream in = SentenceFeaturesTest.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      model = new SentenceModel(in);
    }
  }

  static String text(List<Integer> picks, List<Integer> gaps) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < picks.size(); i++) {
      text.append(PIECES.get(picks.get(i)));
      if (gaps.get(i % gaps.size()) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  @Test
  void featuresAreTheDefaultGeneratorsAtEveryCharacterOfRandomText() {
    assertSameFeaturesAsTheDefault(Set.of(), 400, 12);
  }

  @Test
  void abbreviationMarksAreTheDefaultGeneratorsToo() {
    assertSameFeaturesAsTheDefault(Set.of("Dr.", "U.S", "Jan", "Inc.", "said", "e.g"), 200, 10);
  }

  /** At every character of random texts of up to {@code pieces} pieces, both generators give the same features. */
  private static void assertSameFeaturesAsTheDefault(Set<String> abbreviations, int examples, int pieces) {
    char[] ends = model.getFactory().getEOSCharacters();
    DefaultSDContextGenerator reference = new DefaultSDContextGenerator(abbreviations, ends);
    // One object throughout, so pieces are found in its table as well as made.
    SentenceFeatures features = new SentenceFeatures(abbreviations, ends);
    qt().withExamples(examples).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, pieces),
        lists().of(integers().between(0, 2)).ofSizeBetween(1, 5)).checkAssert((picks, gaps) -> {
          String text = text(picks, gaps);
          for (int position = 0; position < text.length(); position++) {
            assertArrayEquals(reference.getContext(text, position), features.getContext(text, position),
                text + " @" + position);
          }
        });
  }

  @Test
  void theDetectorWithTheseFeaturesFindsTheModelsOwnSentences() {
    SentenceModel reusing = SentenceFeaturesFactory.applyTo(model);
    assertNotSame(model, reusing, "the bundled model takes the factory");
    SentenceDetectorME own = new SentenceDetectorME(model);
    SentenceDetectorME fast = new SentenceDetectorME(reusing);
    qt().withExamples(400).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 30),
        lists().of(integers().between(0, 2)).ofSizeBetween(1, 5)).checkAssert((picks, gaps) -> {
          String text = text(picks, gaps);
          assertEquals(List.of(own.sentPosDetect(text)), List.of(fast.sentPosDetect(text)), text);
          assertArrayEquals(own.getSentenceProbabilities(), fast.getSentenceProbabilities(), text);
        });
  }
}
