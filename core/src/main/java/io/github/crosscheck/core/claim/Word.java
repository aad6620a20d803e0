package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.text.TextSpan;

/**
 * A word of a sentence as the claim extractor sees it: letters and digits with inner periods,
 * apostrophes and hyphens ("U.S.", "President-elect", "o'clock"). A trailing possessive ('s, ’s) is
 * not part of the word; {@code possessive} records it. Immutable.
 */
record Word(TextSpan span, String text, boolean possessive, String lower) {

  /** A word; its lower-case form is computed once, here, since every finder compares it. */
  static Word of(TextSpan span, String text, boolean possessive) {
    return new Word(span, text, possessive, text.toLowerCase(java.util.Locale.ROOT));
  }

  boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
