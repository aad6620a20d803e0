package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableListMultimap;
import io.github.crosscheck.core.text.WordSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Multi-word phrases ("more than", "new year's eve", "US$") matched token by token, ignoring case
 * and spacing, longest first. Phrases are tokenized like the text, so "US$" also matches "US $".
 * Immutable and thread-safe.
 */
final class PhraseTable<V> {
  /** A phrase as words, its value, and its place in the table (the key of its hits). */
  record Entry<V>(List<String> words, V value, int index) {}

  private final ImmutableListMultimap<String, Entry<V>> byFirstWord;

  /** The first words, to rule out a token without reading its text. */
  private final WordSet firstWords;

  /** The hits of each phrase, handed out again: a matched phrase is its value and the index after its last token. */
  private final SharedHits<V> hits;

  private PhraseTable(ImmutableListMultimap<String, Entry<V>> byFirstWord) {
    this.byFirstWord = byFirstWord;
    this.hits = new SharedHits<>(byFirstWord.size());
    this.firstWords = WordSet.of(byFirstWord.keySet());
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** The longest phrase starting at token {@code i}. */
  Optional<Hit<V>> longest(Tokens tokens, int i) {
    if (!tokens.in(i, firstWords)) {
      return Optional.empty();
    }
    List<Entry<V>> entries = byFirstWord.get(tokens.w(i));
    for (int k = 0; k < entries.size(); k++) { // indexed: no iterator for the many words that start no phrase
      Entry<V> entry = entries.get(k);
      int end = matchEnd(tokens, i, entry.words());
      if (end >= 0) {
        return hits.of(entry.index(), entry.value(), end);
      }
    }
    return Optional.empty();
  }

  /** Whether some phrase starts with the word. */
  boolean startsWith(String word) {
    return byFirstWord.containsKey(word);
  }

  private static int matchEnd(Tokens tokens, int i, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.is(i + k, words.get(k))) {
        return -1;
      }
    }
    return i + words.size();
  }

  static final class Builder<V> {
    private final ImmutableListMultimap.Builder<String, Entry<V>> entries = ImmutableListMultimap.builder();
    private int count;

    Builder<V> add(String phrase, V value) {
      Tokens tokens = Tokens.of(phrase, 0, phrase.length());
      if (tokens.size() == 0) {
        throw new IllegalArgumentException("empty phrase for " + value);
      }
      String[] words = new String[tokens.size()];
      for (int k = 0; k < words.length; k++) {
        words[k] = tokens.w(k);
      }
      entries.put(words[0], new Entry<>(List.of(words), value, count++));
      return this;
    }

    PhraseTable<V> build() {
      Comparator<Entry<V>> longestFirst = Comparator.comparingInt(e -> -e.words().size());
      return new PhraseTable<>(entries.orderValuesBy(longestFirst).build());
    }
  }
}
