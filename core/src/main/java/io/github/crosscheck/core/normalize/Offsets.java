package io.github.crosscheck.core.normalize;

import io.github.crosscheck.core.normalize.DurationMath.Length;
import io.github.crosscheck.core.normalize.Lexicon.TimeUnit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Amounts of time as written in offsets and durations: "3 days", "two weeks", "a fortnight", "an
 * hour and a half", "1 year 9 months", "1d 2hr 5min", "1d, 2hr, and 5min", "half an hour",
 * "three-quarters of an hour", "a few days" (3). Stateless.
 */
final class Offsets {
  /** Units of time read at tokens {@code [start, end)}; {@code units} counts the unit words read. */
  record Units(int start, int end, Length length, int units) {}

  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final int MAX_PARTS = 6;

  private Offsets() {}

  /** One or more "amount unit" pairs; {@code offset} admits the offset-only abbreviations ("5m", "1 mon"). */
  static Optional<Units> units(Tokens t, int i, boolean offset) {
    Optional<Units> first = pair(t, i, offset);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Units all = first.get();
    for (int parts = 1; parts < MAX_PARTS; parts++) {
      int k = all.end();
      k = t.is(k, ",") ? k + 1 : k;
      k = t.is(k, "and") ? k + 1 : k;
      Optional<Units> next = pair(t, k, offset);
      if (next.isEmpty()) {
        break;
      }
      all = new Units(i, next.get().end(), all.length().plus(next.get().length()), all.units() + 1);
    }
    return Optional.of(andAHalf(t, all));
  }

  /** "an hour and a half", "a month and a half": half of the last unit. */
  private static Units andAHalf(Tokens t, Units u) {
    int k = u.end();
    if (u.units() != 1 || !t.is(k, "and") || !(t.is(k + 1, "a") || t.is(k + 1, "one")) || !t.is(k + 2, "half")) {
      if (u.units() == 1 && t.is(k, "and") && t.is(k + 1, "half")) {
        return half(t, u, k + 2);
      }
      return u;
    }
    return half(t, u, k + 3);
  }

  private static Units half(Tokens t, Units u, int end) {
    Optional<TimeUnit> unit = Lexicon.unit(t.w(u.end() - 1), true, true);
    return unit.flatMap(x -> DurationMath.of(new BigDecimal("0.5"), x))
        .map(h -> new Units(u.start(), end, u.length().plus(h), u.units())).orElse(u);
  }

  private static Optional<Units> pair(Tokens t, int i, boolean offset) {
    Optional<Hit<BigDecimal>> bare = bareAmount(t, i, offset);
    // Any other amount is read for its end first and valued only once a unit follows it: "a" and "an"
    // are everywhere, units after them rare.
    int k = bare.isPresent() ? bare.get().end() : amountEnd(t, i);
    if (k < 0) {
      return Optional.empty();
    }
    BigDecimal amount = bare.isPresent() ? bare.get().value() : null;
    if (t.is(k, "-") && t.tight(k) && t.tight(k + 1)) {
      k++;
    }
    boolean tight = t.tight(k) && t.isDigits(k - 1);
    Optional<TimeUnit> unit = Lexicon.unit(t.w(k), tight, offset);
    if (unit.isEmpty() || (t.w(k).length() <= 2 && !tight && !unitAbbreviationSpaced(t.w(k)))
        || (t.w(k).equals("m") && t.upperCase(k))) {
      return Optional.empty();
    }
    int end = k + 1;
    if (t.is(end, ".") && t.tight(end) && t.w(k).length() <= 3 && !t.isWord(end + 1)) {
      end++;
    }
    final int last = end;
    return DurationMath.of(amount != null ? amount : amountValue(t, i), unit.get())
        .map(length -> new Units(i, last, length, 1));
  }

  /** "h" may stand apart from its number ("1/4 h"); other one- and two-letter units must be attached. */
  private static boolean unitAbbreviationSpaced(String w) {
    return w.equals("h") || w.equals("hr") || w.equals("yr") || w.equals("wk") || w.equals("mo");
  }

  /** Digits right before a unit, read without multipliers: "1m" in an offset is a minute, not a million. */
  private static Optional<Hit<BigDecimal>> bareAmount(Tokens t, int i, boolean offset) {
    Optional<NumberMatch> n = Numerals.bare(t, i);
    if (n.isEmpty() || Lexicon.unit(t.w(n.get().end()), t.tight(n.get().end()), offset).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Hit<>(n.get().value(), n.get().end()));
  }

  /**
   * Where the amount before a unit ends, or -1 if none starts at {@code i}: a number, "a"/"an", "half
   * (an)", "a quarter of an", "a few", "a couple of", "a pair of".
   */
  private static int amountEnd(Tokens t, int i) {
    boolean a = t.is(i, "a");
    if ((a || t.is(i, "an")) && !t.is(i + 1, "few") && !t.is(i + 1, "couple") && !t.is(i + 1, "pair")
        && !t.is(i + 1, "quarter") && !t.is(i + 1, "half")) {
      return i + 1;
    }
    int k = a ? i + 1 : i;
    if (t.is(k, "few")) {
      return k + 1;
    }
    if ((t.is(k, "couple") || t.is(k, "pair")) && t.is(k + 1, "of")) {
      return k + 2;
    }
    if (t.is(i, "another")) {
      return i + 1;
    }
    Optional<NumberMatch> n = number(t, i);
    if (n.isEmpty()) {
      return -1;
    }
    int end = n.get().end();
    boolean fraction = !n.get().isInteger();
    if (fraction && t.is(end, "of")) {
      end++;
    }
    if (fraction && (t.is(end, "an") || t.is(end, "a"))) {
      end++;
    }
    if (t.is(end, "more")) {
      end++;
    }
    return end;
  }

  /** The value of the amount {@link #amountEnd} found at {@code i}. */
  private static BigDecimal amountValue(Tokens t, int i) {
    boolean a = t.is(i, "a");
    if ((a || t.is(i, "an")) && !t.is(i + 1, "few") && !t.is(i + 1, "couple") && !t.is(i + 1, "pair")
        && !t.is(i + 1, "quarter") && !t.is(i + 1, "half")) {
      return BigDecimal.ONE;
    }
    int k = a ? i + 1 : i;
    if (t.is(k, "few")) {
      return THREE;
    }
    if ((t.is(k, "couple") || t.is(k, "pair")) && t.is(k + 1, "of")) {
      return BigDecimal.valueOf(2);
    }
    if (t.is(i, "another")) {
      return BigDecimal.ONE;
    }
    return number(t, i).orElseThrow().value();
  }

  /** The unsigned number at {@code i}, if not negative (read once per token: the parser remembers it). */
  private static Optional<NumberMatch> number(Tokens t, int i) {
    return NumberParser.unsigned(t, i).filter(m -> m.value().signum() >= 0);
  }
}
