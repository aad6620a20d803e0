package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.text.TextSpan;
import io.github.crosscheck.core.text.WordSet;
import java.util.Locale;
import java.util.Objects;

/**
 * A word of a sentence as the claim extractor sees it: letters and digits with inner periods,
 * apostrophes and hyphens ("U.S.", "President-elect", "o'clock"). A trailing possessive ('s, ’s) is
 * not part of the word; {@code possessive} records it.
 *
 * <p>A word is a view of the document text: its text and lower-case form are copied on first use
 * and kept, since most words of a sentence are only tested against word lists ({@link #is},
 * {@link #in}), which read the characters in place. Immutable in what it answers; like the rest of
 * an extraction's state, confined to one thread.
 */
final class Word {
  private final String source;
  private final TextSpan span;
  private final boolean possessive;
  private String text;
  private String lower;

  private Word(String source, TextSpan span, boolean possessive) {
    this.source = source;
    this.span = span;
    this.possessive = possessive;
  }

  /** The word of {@code source} at {@code span}. */
  static Word of(String source, TextSpan span, boolean possessive) {
    return new Word(source, span, possessive);
  }

  TextSpan span() {
    return span;
  }

  boolean possessive() {
    return possessive;
  }

  /** The word's characters as written. */
  String text() {
    if (text == null) {
      text = source.substring(span.start(), span.end());
    }
    return text;
  }

  /** The word in lower case ({@link Locale#ROOT}). */
  String lower() {
    if (lower == null) {
      lower = text().toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** Whether {@link #lower()} equals {@code word}, read in place when the word is ASCII. */
  boolean is(String word) {
    if (lower != null || !isAscii()) {
      return lower().equals(word);
    }
    if (word.length() != span.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = source.charAt(span.start() + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code words} holds {@link #lower()}. */
  boolean in(WordSet words) {
    return lower != null ? words.contains(lower) : words.contains(source, span.start(), span.end());
  }

  /** The number of characters of the word ({@code text().length()}, without the copy). */
  int length() {
    return span.length();
  }

  /** The word's character at {@code index} ({@code text().charAt(index)}, without the copy). */
  char charAt(int index) {
    return source.charAt(span.start() + Objects.checkIndex(index, span.length()));
  }

  /** Whether some character of the word is a digit. */
  boolean hasDigit() {
    for (int k = span.start(); k < span.end(); k++) {
      if (Character.isDigit(source.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  boolean isCapitalized() {
    return !span.isEmpty() && Character.isUpperCase(source.codePointAt(span.start()));
  }

  private boolean isAscii() {
    for (int k = span.start(); k < span.end(); k++) {
      if (source.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text();
  }
}
