package io.github.crosscheck.core.text;

import java.util.Locale;

/**
 * The strings of short stretches of text, as written or in lower case, remembered for the stretches
 * seen lately: {@code exact(text, start, end)} equals {@code text.subSequence(start, end).toString()}
 * and {@code lower(text, start, end)} equals that {@code .toLowerCase(Locale.ROOT)}, but a word met
 * again is not copied again. News repeats its words, and an extraction asks for the string of most
 * tokens of the sentences that may hold a claim, several times over (the tokenizer, the normalizer,
 * the claim finders).
 *
 * <p>Each thread has its own table ({@link #local()}), of fixed size: a new stretch takes the slot of
 * an older one, so memory stays bounded (about 100 KB a thread) on any text. Stretches longer than a
 * word and, for {@link #lower}, stretches beyond ASCII are copied every time. The answers never
 * depend on what the table holds; only whether the same string object comes back does.
 */
public final class TextPieces {
  /** Slots in each table; a power of two. */
  private static final int SLOTS = 2048;
  /** How many slots after its own a stretch may be found in. */
  private static final int PROBES = 4;
  /** Stretches up to this long are remembered. */
  static final int LONGEST = 24;

  private static final ThreadLocal<TextPieces> LOCAL = ThreadLocal.withInitial(TextPieces::new);

  private final String[] exact = new String[SLOTS];
  private final String[] lower = new String[SLOTS];

  TextPieces() {}

  /** This thread's table. */
  public static TextPieces local() {
    return LOCAL.get();
  }

  /** {@code text[start, end)} as a string. */
  public String exact(CharSequence text, int start, int end) {
    if (end - start > LONGEST) {
      return text.subSequence(start, end).toString();
    }
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + text.charAt(k);
    }
    int home = slot(hash);
    int free = home;
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & (SLOTS - 1);
      String known = exact[slot];
      if (known == null) {
        free = slot;
        break;
      }
      if (known.hashCode() == hash && known.length() == end - start && sameChars(known, text, start)) {
        return known;
      }
    }
    String made = text.subSequence(start, end).toString();
    exact[free] = made;
    return made;
  }

  /** {@code text[start, end)} in lower case ({@link Locale#ROOT}). */
  public String lower(CharSequence text, int start, int end) {
    if (end - start > LONGEST || !AsciiCase.isAscii(text, start, end)) {
      return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + AsciiCase.lower(text.charAt(k));
    }
    int home = slot(hash);
    int free = home;
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & (SLOTS - 1);
      String known = lower[slot];
      if (known == null) {
        free = slot;
        break;
      }
      if (known.hashCode() == hash && known.length() == end - start && AsciiCase.regionEquals(text, start, known)) {
        return known;
      }
    }
    String made = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    lower[free] = made;
    return made;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (SLOTS - 1);
  }

  private static boolean sameChars(String known, CharSequence text, int start) {
    for (int k = 0; k < known.length(); k++) {
      if (known.charAt(k) != text.charAt(start + k)) {
        return false;
      }
    }
    return true;
  }
}
