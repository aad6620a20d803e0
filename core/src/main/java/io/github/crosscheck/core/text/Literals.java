package io.github.crosscheck.core.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Pieces of text one of which every match of some pattern contains, to rule a stretch out without
 * running the pattern: a pattern of alternatives tries each at every position, where these are
 * looked for in one pass. Ignoring case, ASCII letters are folded and other characters compared as
 * they are, as {@link java.util.regex.Pattern#CASE_INSENSITIVE} without {@code UNICODE_CASE} does.
 * Immutable and thread-safe.
 */
public final class Literals {
  private final List<String> pieces;
  private final boolean ignoreCase;
  /** Whether some piece starts with each ASCII character (folded when ignoring case). */
  private final boolean[] starts = new boolean[128];

  private Literals(List<String> pieces, boolean ignoreCase) {
    this.pieces = List.copyOf(pieces);
    this.ignoreCase = ignoreCase;
    for (String piece : this.pieces) {
      checkArgument(!piece.isEmpty() && piece.charAt(0) < 128, "a piece must start with an ASCII character: %s", piece);
      checkArgument(!ignoreCase || piece.chars().noneMatch(c -> c >= 'A' && c <= 'Z'), "write %s in lower case", piece);
      starts[piece.charAt(0)] = true;
    }
  }

  /** Pieces compared exactly. */
  public static Literals of(String... pieces) {
    return new Literals(List.of(pieces), false);
  }

  /** Pieces, written in lower case, compared with ASCII case ignored. */
  public static Literals ignoringCase(String... pieces) {
    return new Literals(List.of(pieces), true);
  }

  /** Whether some piece occurs inside {@code text[start, end)}. */
  public boolean anyIn(CharSequence text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = fold(text.charAt(k));
      if (c >= 128 || !starts[c]) {
        continue;
      }
      for (int p = 0; p < pieces.size(); p++) {
        if (occursAt(pieces.get(p), text, k, end)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean occursAt(String piece, CharSequence text, int at, int end) {
    if (end - at < piece.length()) {
      return false;
    }
    for (int k = 0; k < piece.length(); k++) {
      if (fold(text.charAt(at + k)) != piece.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private char fold(char c) {
    return ignoreCase ? AsciiCase.lower(c) : c;
  }
}
