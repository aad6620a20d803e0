package io.github.crosscheck.core.text;

/**
 * A fixed table of stretches of text seen lately, each kept as a string with a value made from it:
 * the memory behind the per-thread tables that spare extraction the same work on the same words
 * (token cuts, token strings, tagger and sentence features). A stretch is looked for in its home slot
 * and the few after; not found, it takes the first free one of those, or its home slot when none is
 * free, so memory stays bounded on any text and a table never needs clearing. What a table holds
 * decides only whether work is saved, never an answer. Mutable and not thread-safe: one per thread.
 *
 * <pre>{@code
 * int slot = table.find(text, start, end, false);
 * if (slot >= 0) return table.value(slot);
 * V made = ...;
 * table.put(slot, text.subSequence(start, end).toString(), made);
 * }</pre>
 *
 * @param <V> what is kept for each stretch
 */
public final class SeenLately<V> {
  /** How many slots from its home a stretch may be found in. */
  private static final int PROBES = 4;

  private final String[] keys;
  private final Object[] values;

  /** A table of {@code slots} slots, a power of two. */
  public SeenLately(int slots) {
    if (slots < PROBES || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two of at least " + PROBES + ": " + slots);
    }
    this.keys = new String[slots];
    this.values = new Object[slots];
  }

  /**
   * The slot holding {@code text[start, end)} ({@code folded}: the stretch in ASCII lower case, which
   * the caller has checked is ASCII), or, if none does, {@code -1 - s} for the slot {@code s} to
   * {@link #put} it in.
   */
  public int find(CharSequence text, int start, int end, boolean folded) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      hash = 31 * hash + (folded ? AsciiCase.lower(c) : c);
    }
    return find(text, start, end, folded, hash);
  }

  /** As {@link #find(CharSequence, int, int, boolean)}, given the stretch's hash (its string's, folded or not). */
  public int find(CharSequence text, int start, int end, boolean folded, int hash) {
    int mask = keys.length - 1;
    int home = (hash ^ (hash >>> 16)) & mask;
    int free = home;
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & mask;
      String known = keys[slot];
      if (known == null) {
        free = slot;
        break;
      }
      if (known.hashCode() == hash && known.length() == end - start && sameChars(known, text, start, folded)) {
        return slot;
      }
    }
    return -1 - free;
  }

  /** The string kept in {@code slot}, as {@link #find} found it. */
  public String key(int slot) {
    return keys[slot];
  }

  /** The value kept in {@code slot}, as {@link #find} found it. */
  @SuppressWarnings("unchecked")
  public V value(int slot) {
    return (V) values[slot];
  }

  /**
   * Keeps {@code key} (the stretch's string, or its ASCII lower case for a folded table) with {@code
   * value} where {@link #find} said: {@code found} is what it returned for the stretch.
   */
  public void put(int found, String key, V value) {
    int slot = found < 0 ? -1 - found : found;
    keys[slot] = key;
    values[slot] = value;
  }

  private static boolean sameChars(String known, CharSequence text, int start, boolean folded) {
    for (int k = 0; k < known.length(); k++) {
      char c = text.charAt(start + k);
      if (known.charAt(k) != (folded ? AsciiCase.lower(c) : c)) {
        return false;
      }
    }
    return true;
  }
}
