package io.github.crosscheck.core.nlp;

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
  /** Slots in the table; a power of two. */
  private static final int SLOTS = 4096;
  /** How many slots after its own a run may be found in. */
  private static final int PROBES = 4;

  private final String[] runs = new String[SLOTS];
  private final int[][] cuts = new int[SLOTS][];

  /**
   * The tokens of the run {@code text[start, end)} (no whitespace within) as pairs of offsets into
   * the run: {@code [s0, e0, s1, e1, ...]}. Reads a run not in the table with {@code tokenizer}.
   */
  int[] of(CharSequence text, int start, int end, Function<String, Span[]> tokenizer) {
    int length = end - start;
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int home = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    // Looked for in its slot and the few after; not found, it takes the first free one (or its own).
    int free = home;
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & (SLOTS - 1);
      String run = runs[slot];
      if (run == null) {
        free = slot;
        break;
      }
      if (run.length() == length && run.hashCode() == hash && matches(run, text, start)) {
        return cuts[slot];
      }
    }
    String run = text.subSequence(start, end).toString();
    Span[] tokens = tokenizer.apply(run);
    int[] found = new int[tokens.length * 2];
    for (int t = 0; t < tokens.length; t++) {
      found[2 * t] = tokens[t].getStart();
      found[2 * t + 1] = tokens[t].getEnd();
    }
    runs[free] = run;
    cuts[free] = found;
    return found;
  }

  private static boolean matches(String run, CharSequence text, int start) {
    for (int i = 0; i < run.length(); i++) {
      if (run.charAt(i) != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }
}
