package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

class MaxentScoresTest {
  @Test
  void sentenceModelScoresAreTheModelsOwnToTheBit() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      assertSameScoresAsTheModel(new SentenceModel(in).getMaxentModel());
    }
  }

  @Test
  void taggerModelScoresAreTheModelsOwnToTheBit() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      assertSameScoresAsTheModel(new POSModel(in).getArtifact("pos.model"));
    }
  }

  /** Random contexts of the model's own features, unknown ones and repeats: the same scores, reusing one array. */
  private static void assertSameScoresAsTheModel(MaxentModel model) {
    assertEquals(GISModel.class, model.getClass(), "the bundled models are GIS models, read with the fast path");
    List<String> features = new ArrayList<>(((Map<?, ?>) ((GISModel) model).getDataStructures()[1]).keySet()
        .stream().map(Object::toString).toList());
    features.add("not a feature of this model");
    MaxentScores scores = new MaxentScores(model);
    double[] reused = new double[model.getNumOutcomes()];
    qt().withExamples(2000).forAll(lists().of(integers().between(0, features.size() - 1)).ofSizeBetween(0, 30))
        .checkAssert(picks -> {
          String[] context = picks.stream().map(features::get).toArray(String[]::new);
          assertArrayEquals(model.eval(context), scores.eval(context, reused), 0.0, String.join(" ", context));
        });
  }
}
