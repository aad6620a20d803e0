package io.github.crosscheck.core.normalize;

import java.util.Optional;

/**
 * Hits handed out again instead of made anew: a hit is a value (what was read, and the index after
 * it), and the same word ends at the same token index sentence after sentence ("first" read by five
 * date forms at one token, "more than" before a figure). Each table holds the hits of a fixed set of
 * values, each value known by a key ({@code 0 <= key < keys}) that the caller gives it, for ends below
 * {@link #ENDS}; other hits are made as before. Memory stays bounded (keys × {@link #ENDS} hits at
 * most).
 *
 * <p>Safe to share across threads without locks: the rows are filled on first use, and two threads
 * that race make the same hit twice, one of which is kept. A row or hit seen by another thread is
 * either absent or whole ({@link Optional} and {@link Hit} have only final fields).
 */
final class SharedHits<V> {
  /** Hits ending at token index {@code 128} or later, rare in a sentence, are not kept. */
  static final int ENDS = 128;
  /** Small whole numbers: days of the month, ordinals, hours, quarters. */
  private static final SharedHits<Integer> SMALL_NUMBERS = new SharedHits<>(100);

  private final Optional<Hit<V>>[][] rows;

  @SuppressWarnings("unchecked")
  SharedHits(int keys) {
    this.rows = (Optional<Hit<V>>[][]) new Optional<?>[keys][];
  }

  /** {@code Optional.of(new Hit<>(value, end))}, shared when it can be; {@code key} names {@code value}. */
  @SuppressWarnings("unchecked")
  Optional<Hit<V>> of(int key, V value, int end) {
    if (key < 0 || key >= rows.length || end < 0 || end >= ENDS) {
      return Optional.of(new Hit<>(value, end));
    }
    Optional<Hit<V>>[] row = rows[key];
    if (row == null) {
      row = (Optional<Hit<V>>[]) new Optional<?>[ENDS];
      rows[key] = row;
    }
    Optional<Hit<V>> hit = row[end];
    if (hit == null) {
      hit = Optional.of(new Hit<>(value, end));
      row[end] = hit;
    }
    return hit;
  }

  /** The hit of a whole number. */
  static Optional<Hit<Integer>> number(int value, int end) {
    return SMALL_NUMBERS.of(value, value, end);
  }
}
