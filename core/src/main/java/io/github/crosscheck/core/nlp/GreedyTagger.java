package io.github.crosscheck.core.nlp;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The part-of-speech model read left to right keeping only the best tag at each token: the answer of
 * OpenNLP's {@link BeamSearch} with a beam of one, tag for tag, without its per-token lists, heaps
 * and feature strings. At each token the best-scored tag the validator accepts is taken, the first
 * in the model's outcome order among equals; if the validator accepts none of the best, the best it
 * accepts of all. The features come from {@link TaggerFeatures} when they equal the model's own on
 * a probe sentence, and from the model's own generator otherwise (another model).
 *
 * <p>It also remembers the last sentence it read: asked again about a later token of the same
 * immutable token list, it goes on from where it stopped, since a token's tag depends only on the
 * tokens before it and the two after. Mutable and not thread-safe: one per thread.
 */
final class GreedyTagger {
  /** The lowest score of a sequence {@link BeamSearch} keeps. */
  private static final double MIN_SEQUENCE_SCORE = -100_000;
  /** Probe sentences covering every kind of feature: starts, short words, digits, capitals, symbols. */
  private static final List<String[]> PROBES = List.of(
      "The U.S. agency said 1,250 people , or 4.5 % , left on 12/03 before 2024 .".split(" "),
      new String[] {"A"}, "Ok !".split(" "), "x-ray 3rd IBM Ärzte NASA's 1990s".split(" "));

  private final MaxentModel model;
  private final MaxentScores scorer;
  private final POSContextGenerator reference;
  private final SequenceValidator<String> validator;
  /** Whether every tag is valid everywhere (the model has no tag dictionary). */
  private final boolean anyTag;
  private final TaggerFeatures features;
  private final boolean ownFeatures;
  private final String[] outcomes;
  private double[] probabilities;

  /** The last sentence read, how far, and what was chosen. */
  private List<Token> lastTokens;
  private String[] lastWords;
  private int[] chosen = new int[64];
  private double[] scoreAfter = new double[64];
  private int tagged;

  GreedyTagger(POSModel posModel) {
    this.model = posModel.getArtifact("pos.model");
    this.scorer = new MaxentScores(model);
    this.reference = posModel.getFactory().getPOSContextGenerator(0);
    this.validator = posModel.getFactory().getSequenceValidator();
    this.anyTag = posModel.getFactory().getTagDictionary() == null;
    this.outcomes = new String[model.getNumOutcomes()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = model.getOutcome(o);
    }
    this.features = new TaggerFeatures(outcomes);
    this.probabilities = new double[outcomes.length];
    this.ownFeatures = PROBES.stream().allMatch(this::featuresMatchTheModels);
  }

  /** The tags of every word. */
  String[] tag(String[] words) {
    forget();
    tagUpTo(words, words.length - 1);
    String[] tags = new String[words.length];
    for (int i = 0; i < tagged; i++) {
      tags[i] = outcomes[chosen[i]];
    }
    return tags;
  }

  /**
   * The tag of {@code tokens.get(at)}, as tagging the whole list would give it; "" if the model gives
   * none. The model's features read two tokens past a word, so tokens beyond that are not tagged.
   */
  String tagAt(List<Token> tokens, int at) {
    // A list's words are read once; tagging reads them no further than two past the token asked about.
    if (tokens != lastTokens) {
      forget();
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      lastWords = words;
      // Only an immutable list is read on from later: another could change between two calls.
      lastTokens = tokens instanceof com.google.common.collect.ImmutableList ? tokens : null;
    }
    if (at >= tagged) {
      tagUpTo(lastWords, at);
    }
    return at < tagged ? outcomes[chosen[at]] : "";
  }

  private void forget() {
    lastTokens = null;
    lastWords = null;
    tagged = 0;
  }

  /** Tags {@code words} from the first untagged token up to {@code last}, stopping early only where no tag is kept. */
  private void tagUpTo(String[] words, int last) {
    if (chosen.length < words.length) {
      chosen = Arrays.copyOf(chosen, words.length * 2);
      scoreAfter = Arrays.copyOf(scoreAfter, words.length * 2);
    }
    for (int i = tagged; i <= last; i++) {
      double before = i == 0 ? 0 : scoreAfter[i - 1];
      String[] context = ownFeatures ? features.at(words, i, chosen) : reference.getContext(i, words, tags(i), null);
      double[] scores = scorer.eval(context, probabilities);
      probabilities = scores;
      double best = Double.NEGATIVE_INFINITY;
      for (double score : scores) {
        best = Math.max(best, score);
      }
      int pick = -1;
      double pickScore = 0;
      for (int p = 0; p < scores.length && pick < 0; p++) {
        if (scores[p] >= best && valid(i, words, p)) {
          double score = before + StrictMath.log(scores[p]);
          if (score > MIN_SEQUENCE_SCORE) {
            pick = p;
            pickScore = score;
          }
        }
      }
      if (pick < 0) {
        // None of the best is valid: the best of the valid, the first among equals.
        for (int p = 0; p < scores.length; p++) {
          if (valid(i, words, p)) {
            double score = before + StrictMath.log(scores[p]);
            if (score > MIN_SEQUENCE_SCORE && (pick < 0 || score > pickScore)) {
              pick = p;
              pickScore = score;
            }
          }
        }
      }
      if (pick < 0) {
        // The beam keeps no sequence: the model tags nothing from here.
        return;
      }
      chosen[i] = pick;
      scoreAfter[i] = pickScore;
      tagged = i + 1;
    }
  }

  private boolean valid(int i, String[] words, int outcome) {
    return anyTag || validator.validSequence(i, words, tags(i), outcomes[outcome]);
  }

  /** The tags chosen before token {@code i}. */
  private String[] tags(int i) {
    String[] tags = new String[i];
    for (int k = 0; k < i; k++) {
      tags[k] = outcomes[chosen[k]];
    }
    return tags;
  }

  /** Whether {@link TaggerFeatures} gives the model's own features at every token of {@code words}, with some tags before. */
  private boolean featuresMatchTheModels(String[] words) {
    int[] tags = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      tags[i] = (i * 7) % outcomes.length;
    }
    String[] names = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      names[i] = outcomes[tags[i]];
    }
    for (int i = 0; i < words.length; i++) {
      if (!Arrays.equals(features.at(words, i, tags), reference.getContext(i, words, Arrays.copyOf(names, i), null))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the remembered features are in use (they matched the model's own); for tests. */
  boolean usesOwnFeatures() {
    return ownFeatures;
  }
}
