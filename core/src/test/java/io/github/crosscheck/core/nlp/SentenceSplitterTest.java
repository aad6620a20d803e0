package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static SentenceModel model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream in = SentenceSplitterTest.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      model = new SentenceModel(in);
    }
  }

  @Test
  void splitsRandomTextAsTheModelsOwnDetector() {
    assertSplitsAsTheDetector(model);
  }

  @Test
  void splitsRandomTextAsTheDetectorWithTheFasterFeatures() {
    assertSplitsAsTheDetector(SentenceFeaturesFactory.applyTo(model));
  }

  @Test
  void aTextWithoutSentenceEndIsOneTrimmedSentenceAndBlankTextNone() {
    SentenceSplitter splitter = new SentenceSplitter(model);
    assertEquals(List.of(List.of(2, 14)), spans(splitter.split("  no full stop \n")));
    assertEquals(List.of(), spans(splitter.split(" \t ")));
  }

  /** Over random texts of abbreviations, numbers, quotes and odd spaces, the same sentences at the same offsets. */
  private static void assertSplitsAsTheDetector(SentenceModel sentenceModel) {
    SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
    SentenceSplitter splitter = new SentenceSplitter(sentenceModel);
    qt().withExamples(500).forAll(lists().of(integers().between(0, SentenceFeaturesTest.PIECES.size() - 1))
            .ofSizeBetween(0, 40), lists().of(integers().between(0, 2)).ofSizeBetween(1, 5))
        .checkAssert((picks, gaps) -> {
          String text = SentenceFeaturesTest.text(picks, gaps);
          List<List<Integer>> expected = new ArrayList<>();
          for (Span s : detector.sentPosDetect(text)) {
            expected.add(List.of(s.getStart(), s.getEnd()));
          }
          assertEquals(expected, spans(splitter.split(text)), text);
        });
  }

  private static List<List<Integer>> spans(SentenceSplitter.Sentences found) {
    List<List<Integer>> spans = new ArrayList<>();
    for (int k = 0; k < found.count(); k++) {
      spans.add(List.of(found.start(k), found.end(k)));
    }
    return spans;
  }
}
