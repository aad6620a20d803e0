package io.github.crosscheck.core.nlp;

import io.github.crosscheck.core.text.SeenLately;
import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * Where the token model cuts each run of text without whitespace, remembered for the runs seen
 * lately. OpenNLP's tokenizer first splits at whitespace and then decides every cut within one run
 * from that run's characters alone, so a run is always cut the same way wherever it stands; news
 * repeats its words, and most runs are found here instead of being read character by character by
 * the model again. A fixed table: a new run takes the slot of an older one, so the memory stays
 * bounded (a few hundred KB) on any text. Answers never depend on what the table holds. Mutable and
 * not thread-safe: one per thread.
 */
final class RunCuts {
  /** Runs remembered; a power of two. */
  private static final int SLOTS = 4096;

  private final SeenLately<int[]> runs = new SeenLately<>(SLOTS);

  /**
   * The tokens of the run {@code text[start, end)} (no whitespace within) as pairs of offsets into
   * the run: {@code [s0, e0, s1, e1, ...]}. Reads a run not in the table with {@code tokenizer}.
   */
  int[] of(CharSequence text, int start, int end, Function<String, Span[]> tokenizer) {
    int slot = runs.find(text, start, end, false);
    if (slot >= 0) {
      return runs.value(slot);
    }
    String run = text.subSequence(start, end).toString();
    Span[] tokens = tokenizer.apply(run);
    int[] found = new int[tokens.length * 2];
    for (int t = 0; t < tokens.length; t++) {
      found[2 * t] = tokens[t].getStart();
      found[2 * t + 1] = tokens[t].getEnd();
    }
    runs.put(slot, run, found);
    return found;
  }
}
