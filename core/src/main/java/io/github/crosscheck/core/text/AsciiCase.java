package io.github.crosscheck.core.text;

/**
 * Lower case in ASCII, read in place: the one folding that the word tests comparing a stretch of
 * text with a lower-case word use without copying it. For an ASCII stretch it answers as
 * {@code toLowerCase(Locale.ROOT)} would; callers take the copy for any other stretch, since
 * Unicode case folding can change its length.
 */
public final class AsciiCase {
  private AsciiCase() {}

  /** The lower case of an ASCII letter; any other character unchanged. */
  public static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether every character of {@code text[start, end)} is ASCII. */
  public static boolean isAscii(CharSequence text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (text.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The hash of {@code text[start, end)} folded, an ASCII stretch: {@code hashCode()} of its lower
   * case, computed in place.
   */
  public static int foldedHash(CharSequence text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + lower(text.charAt(k));
    }
    return hash;
  }

  /** Whether {@code text[start, start + lower.length())}, folded, equals {@code lower} (the stretch must fit). */
  public static boolean regionEquals(CharSequence text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (lower(text.charAt(start + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
