package io.github.crosscheck.core.nlp;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;

/** Cuts text into its non-blank lines (on {@code \n}, {@code \r}, U+2028 and U+2029). */
final class Lines {
  private Lines() {}

  static ImmutableList<TextSpan> of(String text) {
    ImmutableList.Builder<TextSpan> lines = ImmutableList.builder();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isBreak(text.charAt(i))) {
        if (!isBlank(text, start, i)) {
          lines.add(new TextSpan(start, i));
        }
        start = i + 1;
      }
    }
    return lines.build();
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
