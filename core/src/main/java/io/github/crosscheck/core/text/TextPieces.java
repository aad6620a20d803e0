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
  /** Stretches up to this long are remembered. */
  static final int LONGEST = 24;

  private static final ThreadLocal<TextPieces> LOCAL = ThreadLocal.withInitial(TextPieces::new);

  private final SeenLately<Void> exact = new SeenLately<>(SLOTS);
  private final SeenLately<Void> lower = new SeenLately<>(SLOTS);

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
    int slot = exact.find(text, start, end, false);
    if (slot >= 0) {
      return exact.key(slot);
    }
    String made = text.subSequence(start, end).toString();
    exact.put(slot, made, null);
    return made;
  }

  /**
   * {@code text[start, end)}, an ASCII stretch whose {@linkplain AsciiCase#foldedHash folded hash}
   * the caller knows, in lower case.
   */
  public String lowerAscii(CharSequence text, int start, int end, int foldedHash) {
    if (end - start > LONGEST) {
      return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
    int slot = lower.find(text, start, end, true, foldedHash);
    if (slot >= 0) {
      return lower.key(slot);
    }
    String made = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    lower.put(slot, made, null);
    return made;
  }

  /** {@code text[start, end)} in lower case ({@link Locale#ROOT}). */
  public String lower(CharSequence text, int start, int end) {
    if (end - start > LONGEST || !AsciiCase.isAscii(text, start, end)) {
      return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
    return lowerAscii(text, start, end, AsciiCase.foldedHash(text, start, end));
  }
}
