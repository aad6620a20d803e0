package io.github.crosscheck.core.normalize;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Any number phrase at a token: digits or words, with a sign ("-1", "minus 1,200,000", "negative
 * one over 20"), fractions ("-4/5"), multipliers and scale words. Values of magnitude 10^18 or
 * more are rejected (no news figure is that large; a hostile one is not a number). Stateless.
 */
final class NumberParser {
  static final BigDecimal LIMIT = new BigDecimal("1e18");

  private NumberParser() {}

  static Optional<NumberMatch> parse(Tokens t, int i) {
    String w = t.w(i);
    if (w.equals("minus") || w.equals("negative")) {
      return unsigned(t, i + 1).map(n -> negate(i, n));
    }
    if ((w.equals("-") || w.equals("+")) && isSign(t, i)) {
      return unsigned(t, i + 1).filter(n -> !n.words()).map(n -> w.equals("-") ? negate(i, n)
          : new NumberMatch(i, n.end(), n.value(), false, n.scaled(), 0));
    }
    return unsigned(t, i);
  }

  /** An unsigned number: digits (maybe a fraction "3/4") or words. */
  static Optional<NumberMatch> unsigned(Tokens t, int i) {
    return t.memo(3, i, NumberParser::readUnsigned);
  }

  private static Optional<NumberMatch> readUnsigned(Tokens t, int i) {
    Optional<NumberMatch> n = t.isDigits(i) || t.is(i, ".") ? digitFraction(t, i) : SpelledNumbers.parse(t, i);
    if (n.isEmpty() && (t.isDigits(i) || t.is(i, "."))) {
      n = Numerals.parse(t, i);
    }
    return n.filter(m -> m.value().abs().compareTo(LIMIT) < 0);
  }

  /** "3/4", "20/100": two plain integers around a tight slash, not followed by another slash. */
  private static Optional<NumberMatch> digitFraction(Tokens t, int i) {
    if (!(t.isDigits(i) && t.is(i + 1, "/") && t.tight(i + 1) && t.isDigits(i + 2) && t.tight(i + 2))
        || t.is(i + 3, "/") || t.is(i - 1, "/") || t.w(i).length() > 6 || t.w(i + 2).length() > 6) {
      return Optional.empty();
    }
    BigDecimal den = new BigDecimal(t.w(i + 2));
    if (den.signum() == 0 || (t.is(i + 3, ".") && t.isDigits(i + 4) && t.tight(i + 4))) {
      return Optional.empty();
    }
    return Optional.of(new NumberMatch(i, i + 3, SpelledNumbers.divide(new BigDecimal(t.w(i)), den), false, false, 0));
  }

  /** A '-' or '+' is a sign when it is not glued to a word or number before it ("TA-35" and "10-20" are not). */
  private static boolean isSign(Tokens t, int i) {
    if (!t.tight(i + 1) && !(i == 0 || t.is(i - 1, "(") || t.is(i - 1, ":"))) {
      return false;
    }
    return i == 0 || !t.tight(i) || !(t.isWord(i - 1) || t.isDigits(i - 1));
  }

  private static NumberMatch negate(int start, NumberMatch n) {
    return new NumberMatch(start, n.end(), n.value().negate(), n.words(), n.scaled(), 0);
  }
}
