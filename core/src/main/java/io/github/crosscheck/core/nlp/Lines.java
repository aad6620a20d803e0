package io.github.crosscheck.core.nlp;

/**
 * The non-blank lines of a text (cut on {@code \n}, {@code \r}, U+2028 and U+2029), read in order
 * by one cursor: {@link #advance} moves to the next line, {@link #start} and {@link #end} say where it
 * is. Mutable and confined to its caller.
 */
final class Lines {
  private final String text;
  /** Where the next line to look at begins; past the text's end when there is none. */
  private int next;
  private int start;
  private int end;

  Lines(String text) {
    this.text = text;
  }

  /** Moves to the next non-blank line; false when there is none left. */
  boolean advance() {
    while (next <= text.length()) {
      int from = next;
      int to = from;
      while (to < text.length() && !isBreak(text.charAt(to))) {
        to++;
      }
      next = to + 1;
      if (!isBlank(text, from, to)) {
        start = from;
        end = to;
        return true;
      }
    }
    return false;
  }

  /** Where the current line starts. */
  int start() {
    return start;
  }

  /** Where the current line ends, before its break. */
  int end() {
    return end;
  }

  /** {@code text.substring(start, end).isBlank()}, without the copy. */
  private static boolean isBlank(String text, int start, int end) {
    for (int k = start; k < end; k += Character.charCount(text.codePointAt(k))) {
      if (!Character.isWhitespace(text.codePointAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
