package io.github.crosscheck.core.nlp;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;
import java.util.List;
import opennlp.tools.util.StringUtil;

/**
 * Runs without whitespace longer than {@link #MAX_CHARS}: hashes, minified data, text whose spaces
 * were stripped — never words. OpenNLP's sentence and token models build their context features
 * from the whole run around each candidate position, so their cost grows with the square of a
 * run's length; such runs are kept away from them. Whitespace is OpenNLP's own.
 */
final class LongRuns {
  /** Longer than any English word or ordinary address. */
  static final int MAX_CHARS = 64;

  private LongRuns() {}

  /** The over-long runs of {@code text}, in order. */
  static ImmutableList<TextSpan> of(CharSequence text) {
    ImmutableList.Builder<TextSpan> runs = null; // made for the rare text that has one
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || StringUtil.isWhitespace(text.charAt(i))) {
        if (i - start > MAX_CHARS) {
          if (runs == null) {
            runs = ImmutableList.builder();
          }
          runs.add(new TextSpan(start, i));
        }
        start = i + 1;
      }
    }
    return runs == null ? ImmutableList.of() : runs.build();
  }

  /**
   * {@code text} with the characters of each run replaced by {@code fill} (the last one kept when
   * {@code keepLast}, so a run that ends a sentence still ends it); offsets are unchanged.
   */
  static CharSequence masked(CharSequence text, List<TextSpan> runs, char fill, boolean keepLast) {
    if (runs.isEmpty()) {
      return text;
    }
    char[] chars = text.toString().toCharArray();
    for (TextSpan run : runs) {
      int end = keepLast ? run.end() - 1 : run.end();
      for (int i = run.start(); i < end; i++) {
        chars[i] = fill;
      }
    }
    return new String(chars);
  }
}
