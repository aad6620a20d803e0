package io.github.crosscheck.core.nlp;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * A sentence model read as OpenNLP's {@code SentenceDetectorME.sentPosDetect} reads it, with the
 * same end characters, features, model, outcome and token-end rule, so the sentences are the same;
 * but the answer is a table of offsets refilled for the next text, not a list of boxed positions,
 * probabilities and {@code Span} objects made anew for every line. (A trimmed span that comes out
 * empty, on which OpenNLP would fail, is left out.)
 *
 * <p>Safe to share across threads: each thread reads with its own features, scores and tables.
 */
final class SentenceSplitter {
  /** The model's outcome for "a sentence ends here" ({@code SentenceDetectorME.SPLIT}). */
  private static final String SPLIT = "s";

  private final MaxentModel model;
  private final MaxentScores scorer;
  private final SentenceDetectorFactory factory;
  /** The end characters when the model's scanner is the default one (read in place); else null. */
  private final char[] endCharacters;
  private final boolean useTokenEnd;
  private final ThreadLocal<Sentences> perThread;

  SentenceSplitter(SentenceModel sentenceModel) {
    this.model = sentenceModel.getMaxentModel();
    this.scorer = new MaxentScores(model);
    this.factory = sentenceModel.getFactory();
    EndOfSentenceScanner scanner = factory.getEndOfSentenceScanner();
    this.endCharacters = scanner.getClass() == DefaultEndOfSentenceScanner.class ? factory.getEOSCharacters() : null;
    this.useTokenEnd = factory.isUseTokenEnd();
    this.perThread = ThreadLocal.withInitial(() -> new Sentences(factory.getSDContextGenerator(),
        factory.getEndOfSentenceScanner(), model.getNumOutcomes()));
  }

  /**
   * The sentences of {@code text}, as {@code SentenceDetectorME.sentPosDetect} finds them: offsets
   * into {@code text}, trimmed of OpenNLP's whitespace. The answer is this thread's table, valid until
   * its next call.
   */
  Sentences split(CharSequence text) {
    Sentences found = perThread.get();
    found.count = 0;
    int[] ends = found.candidates(text, endCharacters);
    int candidates = found.candidateCount;
    int[] starts = found.starts;
    int startCount = 0;
    int index = 0;
    for (int i = 0; i < candidates; i++) {
      int cint = ends[i];
      int fws = firstWhitespace(text, cint + 1);
      if (i + 1 < candidates && ends[i + 1] < fws) {
        continue; // only the last of the end characters ending one token
      }
      if (startCount > 0 && cint < starts[startCount - 1]) {
        continue;
      }
      double[] scores = scorer.eval(found.features.getContext(text, cint), found.scores);
      if (model.getBestOutcome(scores).equals(SPLIT)) {
        if (index != cint) {
          if (startCount == starts.length) {
            starts = found.starts = Arrays.copyOf(starts, 2 * startCount);
          }
          starts[startCount++] = firstNonWhitespace(text, useTokenEnd ? fws : cint + 1);
        }
        index = cint + 1;
      }
    }
    if (startCount == 0) {
      found.addTrimmed(text, 0, text.length());
      return found;
    }
    for (int k = 0; k < startCount; k++) {
      found.addTrimmed(text, k == 0 ? 0 : starts[k - 1], starts[k]);
    }
    if (starts[startCount - 1] != text.length()) {
      found.addTrimmed(text, starts[startCount - 1], text.length());
    }
    return found;
  }

  private static int firstWhitespace(CharSequence s, int pos) {
    while (pos < s.length() && !StringUtil.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static int firstNonWhitespace(CharSequence s, int pos) {
    while (pos < s.length() && StringUtil.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  /** One thread's sentences of the text it split last, and the means to split the next. Mutable. */
  static final class Sentences {
    private final SDContextGenerator features;
    private final EndOfSentenceScanner scanner;
    private final double[] scores;
    private int[] candidates = new int[32];
    private int candidateCount;
    private int[] starts = new int[16];
    /** Start and end of each sentence, in pairs. */
    private int[] spans = new int[32];
    private int count;

    private Sentences(SDContextGenerator features, EndOfSentenceScanner scanner, int outcomes) {
      this.features = features;
      this.scanner = scanner;
      this.scores = new double[outcomes];
    }

    /** How many sentences. */
    int count() {
      return count;
    }

    /** Where sentence {@code k} starts. */
    int start(int k) {
      return spans[2 * k];
    }

    /** Where sentence {@code k} ends, exclusive. */
    int end(int k) {
      return spans[2 * k + 1];
    }

    /** The positions of the possible sentence ends of {@code text}, in order. */
    private int[] candidates(CharSequence text, char[] endCharacters) {
      candidateCount = 0;
      if (endCharacters == null) {
        List<Integer> positions = scanner.getPositions(text);
        for (int i = 0; i < positions.size(); i++) {
          addCandidate(positions.get(i));
        }
        return candidates;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        for (char end : endCharacters) {
          if (c == end) {
            addCandidate(i);
            break;
          }
        }
      }
      return candidates;
    }

    private void addCandidate(int position) {
      if (candidateCount == candidates.length) {
        candidates = Arrays.copyOf(candidates, 2 * candidateCount);
      }
      candidates[candidateCount++] = position;
    }

    /** Adds {@code [from, to)} without OpenNLP's whitespace at either end, unless nothing is left. */
    private void addTrimmed(CharSequence text, int from, int to) {
      int start = from;
      int end = to;
      while (start < end && StringUtil.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && StringUtil.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == start) {
        return;
      }
      if (2 * count + 1 >= spans.length) {
        spans = Arrays.copyOf(spans, 2 * spans.length);
      }
      spans[2 * count] = start;
      spans[2 * count + 1] = end;
      count++;
    }
  }
}
