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
    long other = bare.isPresent() ? -1 : amountAt(t, i);
    int k = bare.isPresent() ? bare.get().end() : amountEnd(other);
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
    return DurationMath.of(amount != null ? amount : amountValue(other, t, i), unit.get())
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

  /** What an amount before a unit is: a word's fixed value ("a", "a few", "a couple of") or a number read. */
  private enum Amount {
    ONE(BigDecimal.ONE), FEW(BigDecimal.valueOf(3)), COUPLE(BigDecimal.valueOf(2)), NUMBER(null);

    private final BigDecimal fixed;

    Amount(BigDecimal fixed) {
      this.fixed = fixed;
    }
  }

  private static final Amount[] AMOUNTS = Amount.values();

  /**
   * The amount before a unit starting at {@code i} — a number, "a"/"an", "half (an)", "a quarter of
   * an", "a few", "a couple of", "a pair of" — as where it ends and what it is, packed in one long
   * ({@code end | kind ordinal << 32}: read with {@link #amountEnd} and {@link #amountValue}), or -1 if
   * none starts there. Nothing is made: the value is read only once a unit follows.
   */
  private static long amountAt(Tokens t, int i) {
    boolean a = t.is(i, "a");
    if ((a || t.is(i, "an")) && !t.is(i + 1, "few") && !t.is(i + 1, "couple") && !t.is(i + 1, "pair")
        && !t.is(i + 1, "quarter") && !t.is(i + 1, "half")) {
      return amount(Amount.ONE, i + 1);
    }
    int k = a ? i + 1 : i;
    if (t.is(k, "few")) {
      return amount(Amount.FEW, k + 1);
    }
    if ((t.is(k, "couple") || t.is(k, "pair")) && t.is(k + 1, "of")) {
      return amount(Amount.COUPLE, k + 2);
    }
    if (t.is(i, "another")) {
      return amount(Amount.ONE, i + 1);
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
    return amount(Amount.NUMBER, end);
  }

  private static long amount(Amount kind, int end) {
    return (long) kind.ordinal() << 32 | end;
  }

  /** Where the amount {@link #amountAt} found ends, or -1 if none. */
  private static int amountEnd(long amount) {
    return amount < 0 ? -1 : (int) amount;
  }

  /** The value of the amount {@link #amountAt} found at {@code i}. */
  private static BigDecimal amountValue(long amount, Tokens t, int i) {
    Amount kind = AMOUNTS[(int) (amount >>> 32)];
    return kind == Amount.NUMBER ? number(t, i).orElseThrow().value() : kind.fixed;
  }

  /** The unsigned number at {@code i}, if not negative (read once per token: the parser remembers it). */
  private static Optional<NumberMatch> number(Tokens t, int i) {
    return NumberParser.unsigned(t, i).filter(m -> m.value().signum() >= 0);
  }
}
