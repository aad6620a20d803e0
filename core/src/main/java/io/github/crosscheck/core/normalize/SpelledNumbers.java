package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.Lexicon.NumberRole;
import io.github.crosscheck.core.normalize.Lexicon.NumberWord;
import io.github.crosscheck.core.normalize.WordNumbers.Cardinal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Spelled-out numbers with their fractions and decimals: "one and a half", "three fifths", "a
 * hundredth", "two hundred point zero three", "one over twenty", "two out of five hundred", "half
 * a dozen", "three quarters billion". Stateless.
 */
final class SpelledNumbers {
  static final MathContext DIVISION = MathContext.DECIMAL64;

  /** A fraction's denominator: its value, the index after it and whether it was plural or half/quarter. */
  private record Denominator(BigDecimal value, int end, boolean free) {}

  /** Words after which "half" is a part ("the second half"), not a number. */
  private static final ImmutableSet<String> NOT_BEFORE_HALF = ImmutableSet.of("the", "first", "second", "this",
      "that", "last", "next", "each", "every", "per", "other", "one", "its", "his", "her", "their", "our", "-");

  private SpelledNumbers() {}

  static Optional<NumberMatch> parse(Tokens t, int i) {
    Optional<Cardinal> cardinal = WordNumbers.cardinal(t, i);
    if (cardinal.isEmpty()) {
      return leadingFraction(t, i);
    }
    Cardinal c = cardinal.get();
    NumberMatch whole = new NumberMatch(i, c.end(), c.value(), true, c.scaled(), 0);
    int e = c.end();
    String w = t.w(e);
    if (w.equals("point")) {
      return decimals(t, e + 1).map(d -> scaleAfter(t, new NumberMatch(i, d.end(), c.value().add(d.value()),
          true, c.scaled(), 0))).or(() -> Optional.of(whole));
    }
    if (w.equals("over") || (w.equals("out") && t.is(e + 1, "of"))) {
      int next = w.equals("over") ? e + 1 : e + 2;
      return divisor(t, next).map(d -> new NumberMatch(i, d.end(), divide(c.value(), d.value()), true, false, 0))
          .or(() -> Optional.of(whole));
    }
    Optional<Denominator> den = denominator(t, t.is(e, "-") ? e + 1 : e);
    if (den.isPresent() && (den.get().free() || c.value().compareTo(BigDecimal.ONE) == 0)) {
      return Optional.of(scaleAfter(t, new NumberMatch(i, den.get().end(), fraction(c, den.get().value()),
          true, false, 0)));
    }
    if (w.equals("and")) {
      return andFraction(t, e + 1).map(f -> {
        BigDecimal scale = f.scaled() ? BigDecimal.ONE : c.lastScale() != null && c.end() == lastScaleEnd(t, c)
            ? c.lastScale() : BigDecimal.ONE;
        return new NumberMatch(i, f.end(), c.value().add(f.value().multiply(scale)), true, c.scaled(), 0);
      }).or(() -> Optional.of(whole));
    }
    return Optional.of(whole);
  }

  /** Whether the cardinal's last word is a scale ("one million" but not "one million two"). */
  private static int lastScaleEnd(Tokens t, Cardinal c) {
    NumberWord last = Lexicon.NUMBER_WORDS.get(t.w(c.end() - 1));
    return last != null && last.role() == NumberRole.SCALE ? c.end() : -1;
  }

  /** "X and Y fifths" is X + Y/5 when Y is a proper numerator, else (X + Y)/5. */
  private static BigDecimal fraction(Cardinal c, BigDecimal den) {
    if (c.beforeAnd() != null) {
      BigDecimal y = c.value().subtract(c.beforeAnd());
      if (y.signum() > 0 && y.compareTo(den) < 0) {
        BigDecimal part = divide(y, den);
        return c.beforeAnd().add(c.scaleBeforeAnd() != null ? part.multiply(c.scaleBeforeAnd()) : part);
      }
    }
    return divide(c.value(), den);
  }

  /** "a fifth", "half", "quarter million", "half a dozen", "three quarters billion" (no cardinal before). */
  private static Optional<NumberMatch> leadingFraction(Tokens t, int i) {
    String w = t.w(i);
    if (w.equals("a") || w.equals("an")) {
      return denominator(t, i + 1).map(d -> scaleAfter(t, new NumberMatch(i, d.end(), divide(BigDecimal.ONE, d.value()),
          true, false, 0)));
    }
    if (w.equals("half") || w.equals("quarter")) {
      BigDecimal v = w.equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
      if ((t.is(i + 1, "a") || t.is(i + 1, "an")) && t.is(i + 2, "dozen")) {
        return Optional.of(new NumberMatch(i, i + 3, v.multiply(BigDecimal.valueOf(12)), true, true, 0));
      }
      NumberMatch m = scaleAfter(t, new NumberMatch(i, i + 1, v, true, false, 0));
      boolean bare = m.end() == i + 1 && !t.is(i + 1, "of") && !t.is(i + 1, "-");
      if (bare && (w.equals("quarter") || NOT_BEFORE_HALF.contains(t.w(i - 1)))) {
        return Optional.empty();
      }
      return Optional.of(m);
    }
    return Optional.empty();
  }

  /** "a half", "one half", "half", "three fifths", "a quarter", then an optional scale ("a half million"). */
  static Optional<NumberMatch> andFraction(Tokens t, int k) {
    if (t.is(k, "half") || t.is(k, "quarter")) {
      BigDecimal v = t.is(k, "half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
      return Optional.of(scaleAfter(t, new NumberMatch(k, k + 1, v, true, false, 0)));
    }
    int numeratorEnd;
    BigDecimal numerator;
    if (t.is(k, "a") || t.is(k, "an")) {
      numerator = BigDecimal.ONE;
      numeratorEnd = k + 1;
    } else {
      Optional<Cardinal> c = WordNumbers.cardinal(t, k);
      if (c.isEmpty() || c.get().scaled()) {
        return Optional.empty();
      }
      numerator = c.get().value();
      numeratorEnd = c.get().end();
    }
    int at = t.is(numeratorEnd, "-") ? numeratorEnd + 1 : numeratorEnd;
    return denominator(t, at)
        .filter(d -> d.free() || numerator.compareTo(BigDecimal.ONE) == 0)
        .map(d -> scaleAfter(t, new NumberMatch(k, d.end(), divide(numerator, d.value()), true, false, 0)));
  }

  /** A denominator word: "fifths", "half", "quarter", "hundredth", "twenty-fifth"; never "first" or "second". */
  private static Optional<Denominator> denominator(Tokens t, int k) {
    NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(k));
    if (w == null) {
      return Optional.empty();
    }
    if (w.role() == NumberRole.FRACTION) {
      return Optional.of(new Denominator(w.value(), k + 1, true));
    }
    if (w.role() == NumberRole.ORDINAL && w.value().compareTo(BigDecimal.valueOf(2)) > 0) {
      return Optional.of(new Denominator(w.value(), k + 1, false));
    }
    if (w.role() == NumberRole.TENS) {
      int u = t.is(k + 1, "-") ? k + 2 : k + 1;
      NumberWord unit = Lexicon.NUMBER_WORDS.get(t.w(u));
      if (unit != null && (unit.role() == NumberRole.ORDINAL || unit.role() == NumberRole.FRACTION)
          && unit.value().compareTo(BigDecimal.TEN) < 0) {
        return Optional.of(new Denominator(w.value().add(unit.value()), u + 1, unit.role() == NumberRole.FRACTION));
      }
    }
    return Optional.empty();
  }

  /** Digits after "point": "zero three" is .03, "seventy-one" is .71, "nought four" is .04. */
  private static Optional<NumberMatch> decimals(Tokens t, int k) {
    StringBuilder digits = new StringBuilder();
    int j = k;
    while (digits.length() < 30) {
      NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(j));
      if (w == null || (w.role() != NumberRole.UNIT && w.role() != NumberRole.TENS)
          || w.value().compareTo(BigDecimal.TEN) == 0 || (w.role() == NumberRole.UNIT && w.value().intValue() > 9)) {
        break;
      }
      if (w.role() == NumberRole.TENS) {
        int tens = w.value().intValue() / 10;
        int u = t.is(j + 1, "-") ? j + 2 : j + 1;
        NumberWord unit = Lexicon.NUMBER_WORDS.get(t.w(u));
        boolean hasUnit = unit != null && unit.role() == NumberRole.UNIT && unit.value().intValue() > 0
            && unit.value().intValue() < 10;
        digits.append(tens).append(hasUnit ? unit.value().intValue() : 0);
        j = hasUnit ? u + 1 : j + 1;
      } else {
        digits.append(w.value().intValue());
        j++;
      }
    }
    if (digits.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(new NumberMatch(k, j, new BigDecimal("0." + digits), true, false, 0));
  }

  /** The divisor of "over" and "out of": a spelled or digit number. */
  private static Optional<NumberMatch> divisor(Tokens t, int k) {
    Optional<NumberMatch> n = t.isDigits(k) ? Numerals.parse(t, k) : WordNumbers.cardinal(t, k)
        .map(c -> new NumberMatch(k, c.end(), c.value(), true, c.scaled(), 0));
    return n.filter(m -> m.value().signum() != 0);
  }

  /** A scale word right after a fraction or decimal: "three quarters billion", "two point two million". */
  private static NumberMatch scaleAfter(Tokens t, NumberMatch m) {
    NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(m.end()));
    if (w != null && (w.role() == NumberRole.SCALE || w.role() == NumberRole.HUNDRED)) {
      return new NumberMatch(m.start(), m.end() + 1, m.value().multiply(w.value()), true, true, 0);
    }
    return m;
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, DIVISION).stripTrailingZeros();
  }
}
