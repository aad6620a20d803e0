package io.github.crosscheck.core.nlp;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model's scores for a context, computed into the caller's array without the
 * array of parameter rows {@link GISModel#eval(String[], double[])} makes at every call (the sentence
 * model is asked at every full stop, the tagger at every tagged word). For a GIS model as OpenNLP
 * reads one from a model file (a uniform prior), the arithmetic is the model's own, in its order: the
 * log prior, each known feature's parameters added in the context's order, then exponentials
 * normalized; so the scores are the same to the bit, which a test checks on the bundled models. Any
 * other model is asked itself. Immutable and thread-safe.
 */
final class MaxentScores {
  private final MaxentModel model;
  /** The model's rows by feature, or null to ask the model itself. */
  private final Map<String, Context> rows;
  private final double logPrior;

  @SuppressWarnings("unchecked")
  MaxentScores(MaxentModel model) {
    this.model = model;
    // GISModel's constructors without a prior, which its model readers use, give it a uniform prior.
    this.rows = model.getClass() == GISModel.class ? (Map<String, Context>) ((GISModel) model).getDataStructures()[1]
        : null;
    this.logPrior = StrictMath.log(1.0 / model.getNumOutcomes());
  }

  /** The scores of the outcomes for {@code context}, written into {@code scores} (one per outcome) and returned. */
  double[] eval(String[] context, double[] scores) {
    if (rows == null) {
      java.util.Arrays.fill(scores, 0); // as the fresh array OpenNLP passes: some models add to it
      return model.eval(context, scores);
    }
    int outcomes = scores.length;
    for (int o = 0; o < outcomes; o++) {
      scores[o] = logPrior;
    }
    for (String feature : context) {
      Context row = rows.get(feature);
      if (row != null) {
        int[] active = row.getOutcomes();
        double[] parameters = row.getParameters();
        for (int a = 0; a < active.length; a++) {
          scores[active[a]] += parameters[a];
        }
      }
    }
    double normal = 0.0;
    for (int o = 0; o < outcomes; o++) {
      scores[o] = StrictMath.exp(scores[o]);
      normal += scores[o];
    }
    for (int o = 0; o < outcomes; o++) {
      scores[o] /= normal;
    }
    return scores;
  }
}
