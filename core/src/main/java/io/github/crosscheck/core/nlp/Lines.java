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
        if (!text.substring(start, i).isBlank()) {
          lines.add(new TextSpan(start, i));
        }
        start = i + 1;
      }
    }
    return lines.build();
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
