package io.github.crosscheck.core.text;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Locale;

/**
 * An immutable set of lower-case words that is asked about a stretch of a text without copying
 * it: {@code contains(text, start, end)} answers exactly as
 * {@code contains(text.substring(start, end).toLowerCase(Locale.ROOT))} would. Most words of a
 * sentence are in no word list, and building their lower-case copies only to miss would cost more
 * than the rest of the lookup. ASCII stretches are folded character by character in place; any
 * other stretch takes the copy, since Unicode case folding can change its length. Thread-safe.
 */
public final class WordSet {
  private final ImmutableSet<String> words;
  /** The words by the hash of their characters, open addressing; a power of two long. */
  private final String[] table;
  /** Each slot's word's hash, compared before its characters: most words asked about are in no list. */
  private final int[] hashes;

  private WordSet(ImmutableSet<String> words) {
    this.words = words;
    this.table = new String[Integer.highestOneBit(Math.max(1, words.size()) * 4 - 1) << 1];
    this.hashes = new int[table.length];
    for (String word : words) {
      int slot = word.hashCode() & (table.length - 1);
      while (table[slot] != null) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = word;
      hashes[slot] = word.hashCode();
    }
  }

  /** The set of {@code words} (lower-case words; any other never matches a folded stretch). */
  public static WordSet of(Collection<String> words) {
    return new WordSet(ImmutableSet.copyOf(words));
  }

  /** Whether {@code word} is in the set (read from the table: its hash is the string's own, kept). */
  public boolean contains(String word) {
    if (word == null) {
      return false;
    }
    int hash = word.hashCode();
    for (int slot = hash & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
      if (hashes[slot] == hash && table[slot].equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[start, end)}, lower-cased, is in the set. */
  public boolean contains(CharSequence text, int start, int end) {
    requireNonNull(text, "text");
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 0x80) {
        return contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
      }
      hash = 31 * hash + AsciiCase.lower(c);
    }
    return containsFolded(text, start, end, hash);
  }

  /**
   * As {@link #contains(CharSequence, int, int)}, for an ASCII stretch whose folded hash the caller
   * already knows ({@link AsciiCase#foldedHash}): a word asked about by many lists is hashed once.
   */
  public boolean containsFolded(CharSequence text, int start, int end, int foldedHash) {
    int hash = foldedHash;
    for (int slot = hash & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
      if (hashes[slot] == hash && foldedEquals(table[slot], text, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean foldedEquals(String word, CharSequence text, int start, int end) {
    return word.length() == end - start && AsciiCase.regionEquals(text, start, word);
  }

  /** The words, as a set. */
  public ImmutableSet<String> asSet() {
    return words;
  }

  @Override
  public String toString() {
    return words.toString();
  }
}
