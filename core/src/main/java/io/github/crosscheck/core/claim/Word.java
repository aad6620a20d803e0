package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.text.AsciiCase;
import io.github.crosscheck.core.text.TextPieces;
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
 * {@link #in}), which read the characters in place. Immutable in what it answers while its sentence
 * is read; like the rest of an extraction's state, confined to one thread. The extractor's words are
 * {@linkplain SentenceWords reused} for the thread's next sentence, so no word is kept beyond its
 * sentence.
 */
final class Word {
  private String source;
  /** Offsets, not a {@link TextSpan}: a sentence's words are made by the thousand, their spans asked for by the few. */
  private int start;
  /**
   * The end offset shifted left by one, as an unsigned int, with the possessive flag in the low bit:
   * one field fewer per word.
   */
  private int endAndPossessive;
  private String text;
  private String lower;
  /** Whether the word is ASCII: 0 not yet known, 1 yes, 2 no; when yes, {@link #foldedHash} is its lower case's hash. */
  private byte ascii;
  private int foldedHash;

  private Word(String source, int start, int end, boolean possessive) {
    set(source, start, end, possessive);
  }

  /** Makes this the word of {@code source} at {@code [start, end)}, forgetting the copies of the one before. */
  void set(String source, int start, int end, boolean possessive) {
    this.source = source;
    this.start = start;
    this.endAndPossessive = end << 1 | (possessive ? 1 : 0);
    this.text = null;
    this.lower = null;
    this.ascii = 0;
  }

  /** The word of {@code source} at {@code [start, end)}. */
  static Word of(String source, int start, int end, boolean possessive) {
    return new Word(source, start, end, possessive);
  }

  TextSpan span() {
    return new TextSpan(start, end());
  }

  /** Where the word starts in the document text ({@code span().start()}). */
  int start() {
    return start;
  }

  /** Where the word ends in the document text, exclusive ({@code span().end()}). */
  int end() {
    return endAndPossessive >>> 1;
  }

  boolean possessive() {
    return (endAndPossessive & 1) != 0;
  }

  /** The word's characters as written. */
  String text() {
    if (text == null) {
      text = TextPieces.local().exact(source, start, end());
    }
    return text;
  }

  /** Whether {@code next} follows this word after exactly one space. */
  boolean spaceBefore(Word next) {
    return next.source == source && next.start == end() + 1 && source.charAt(end()) == ' ';
  }

  /** The text from this word's start to {@code last}'s end, both words of one text. */
  String textThrough(Word last) {
    return TextPieces.local().exact(source, start, last.end()); // a name recurs through its story
  }

  /** The word in lower case ({@link Locale#ROOT}). */
  String lower() {
    if (lower == null) {
      lower = TextPieces.local().lower(source, start, end());
    }
    return lower;
  }

  /** Whether {@link #lower()} equals {@code word}, read in place when the word is ASCII. */
  boolean is(String word) {
    if (lower != null || !ascii()) {
      return lower().equals(word);
    }
    return foldedHash == word.hashCode() && word.length() == end() - start && AsciiCase.regionEquals(source, start, word);
  }

  /** Whether {@code words} holds {@link #lower()}. */
  boolean in(WordSet words) {
    if (lower != null) {
      return words.contains(lower);
    }
    return ascii() ? words.containsFolded(source, start, end(), foldedHash) : words.contains(source, start, end());
  }

  /** Whether the word is all ASCII, learning it (and its folded hash) on first use: words are tested many times. */
  private boolean ascii() {
    if (ascii == 0) {
      boolean all = AsciiCase.isAscii(source, start, end());
      foldedHash = all ? AsciiCase.foldedHash(source, start, end()) : 0;
      ascii = (byte) (all ? 1 : 2);
    }
    return ascii == 1;
  }

  /** The number of characters of the word ({@code text().length()}, without the copy). */
  int length() {
    return end() - start;
  }

  /** The word's character at {@code index} ({@code text().charAt(index)}, without the copy). */
  char charAt(int index) {
    return source.charAt(start + Objects.checkIndex(index, end() - start));
  }

  /** Whether some character of the word is a digit. */
  boolean hasDigit() {
    for (int k = start; k < end(); k++) {
      if (Character.isDigit(source.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  boolean isCapitalized() {
    return end() > start && Character.isUpperCase(source.codePointAt(start));
  }

  @Override
  public String toString() {
    return text();
  }
}
