package io.github.crosscheck.core.claim;

/**
 * A word or phrase of a sentence that names an event ("phone call", "ruled") or a deadline ("takes
 * effect", "by"), as word indexes {@code [from, to)} of the sentence. Immutable.
 */
record Cue(int from, int to, String type, boolean deadline) {

  /** Word distance from this cue to the word range {@code [start, end)}; 0 when they touch or overlap. */
  int distanceTo(int start, int end) {
    if (to <= start) {
      return start - to;
    }
    if (end <= from) {
      return from - end;
    }
    return 0;
  }
}
