package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.text.ReusedMatcher;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written with digits: "1,234,567", "1 234 567.89", "9.2321312", ".08", "1 point 1",
 * "3/4", with an optional multiplier ("10k", "1.2bn", "35m", "1,674.5 G", "US$ 1MM") and scale
 * words ("3 million", "6 crore and two hundred"). A digit run longer than
 * {@value Tokens#MAX_DIGITS} characters is no number. Stateless.
 */
final class Numerals {
  /** Thousands separated by commas: "1,234,567". */
  private static final String GROUPED = "\\d{1,3}(?:,\\d{3}){1,8}";
  /** Thousands separated by one space (plain, no-break or thin), at least two groups: "1 234 567". */
  private static final String SPACED = "\\d{1,3}(?:[\\x20\\u00a0\\u2009\\u202f]\\d{3}){2,6}";
  private static final String PLAIN = "\\d{1,40}";
  private static final Pattern NUMERAL = Pattern.compile("""
      (?<int> %s | %s | %s )?
      (?: \\. (?<frac> \\d{1,30} ) )?
      (?! \\d )
      """.formatted(GROUPED, SPACED, PLAIN), Pattern.COMMENTS);
  private static final ReusedMatcher NUMERAL_AT = new ReusedMatcher(NUMERAL);

  /** Multipliers attached to a numeral ("10k", "35m") or, when upper-case or longer, after a space ("1.5 M", "2 bn"). */
  private static final ImmutableMap<String, BigDecimal> MULTIPLIERS = ImmutableMap.<String, BigDecimal>builder()
      .put("k", new BigDecimal("1e3")).put("m", new BigDecimal("1e6")).put("mm", new BigDecimal("1e6"))
      .put("mn", new BigDecimal("1e6")).put("mln", new BigDecimal("1e6")).put("mil", new BigDecimal("1e6"))
      .put("mio", new BigDecimal("1e6")).put("b", new BigDecimal("1e9")).put("bn", new BigDecimal("1e9"))
      .put("bln", new BigDecimal("1e9")).put("g", new BigDecimal("1e9")).put("tn", new BigDecimal("1e12"))
      .put("trn", new BigDecimal("1e12")).build();

  private Numerals() {}

  /**
   * The length of the run of ASCII digits at {@code start}, counted up to {@code limit}: the cheap
   * test the date and clock parsers make before handing a number to a pattern.
   */
  static int digitRun(String text, int start, int limit) {
    int end = start;
    while (end < text.length() && end - start < limit && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    return end - start;
  }

  /** A digit numeral at token {@code i} (a digit run, or "." before digits), with its multiplier and scale words. */
  static Optional<NumberMatch> parse(Tokens t, int i) {
    Optional<NumberMatch> bare = bare(t, i);
    return bare.isPresent() ? Optional.of(withScale(t, bare.get())) : bare;
  }

  /** Only the digits: "1,234.5", ".08", "1 point 1"; no multiplier. */
  static Optional<NumberMatch> bare(Tokens t, int i) {
    return t.memo(2, i, Numerals::readBare);
  }

  private static Optional<NumberMatch> readBare(Tokens t, int i) {
    if (!t.isDigits(i) && !(t.is(i, ".") && t.isDigits(i + 1) && t.tight(i + 1) && !t.isDigits(i - 1))) {
      return Optional.empty();
    }
    if (t.isDigits(i) && t.w(i).isEmpty()) {
      return Optional.empty();
    }
    Matcher m = NUMERAL_AT.on(t.text(), t.start(i), Math.min(t.text().length(), t.start(i) + 120));
    if (!m.lookingAt() || m.end() == m.start()) {
      return Optional.empty();
    }
    int end = tokenEnding(t, i, m.end());
    if (end < 0) {
      return Optional.empty();
    }
    String text = t.text();
    boolean fraction = m.start("frac") >= 0;
    if (!fraction && t.is(end, "point") && t.isDigits(end + 1) && t.w(end + 1).length() <= 30) {
      String digits = t.w(end + 1);
      return Optional.of(new NumberMatch(i, end + 2, decimal(text, m.start("int"), m.end("int"), digits, 0,
          digits.length()), false, false, 0));
    }
    BigDecimal value = decimal(text, m.start("int"), m.end("int"), text, m.start("frac"), m.end("frac"));
    int plain = end == i + 1 && t.isDigits(i) ? t.w(i).length() : 0;
    return Optional.of(new NumberMatch(i, end, value, false, false, plain));
  }

  /** Most digits a long holds whatever they are. */
  private static final int LONG_DIGITS = 18;

  /**
   * The number whose integer digits are those of {@code whole[intStart, intEnd)} (separators
   * skipped; none when {@code intStart} is negative) and whose fraction digits are
   * {@code fraction[fracStart, fracEnd)} (none when {@code fracStart} is negative), read in place
   * rather than through strings: "1,234.50" is 123450 at scale 2, as {@code new BigDecimal("1234.50")}.
   */
  private static BigDecimal decimal(CharSequence whole, int intStart, int intEnd, CharSequence fraction,
      int fracStart, int fracEnd) {
    int digits = 0;
    long unscaled = 0;
    for (int k = Math.max(intStart, 0); k < intEnd; k++) {
      char c = whole.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
        unscaled = unscaled * 10 + (c - '0');
      }
    }
    int scale = fracStart < 0 ? 0 : fracEnd - fracStart;
    for (int k = Math.max(fracStart, 0); k < fracEnd; k++) {
      unscaled = unscaled * 10 + (fraction.charAt(k) - '0');
    }
    if (digits + scale <= LONG_DIGITS) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    StringBuilder b = new StringBuilder(digits + scale + 2);
    for (int k = Math.max(intStart, 0); k < intEnd; k++) {
      char c = whole.charAt(k);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    if (digits == 0) {
      b.append('0');
    }
    if (fracStart >= 0) {
      b.append('.').append(fraction, fracStart, fracEnd);
    }
    return new BigDecimal(b.toString());
  }

  /** The index of the token ending at {@code charEnd}, plus one; -1 when no token ends there. */
  static int tokenEnding(Tokens t, int i, int charEnd) {
    int j = i;
    while (j < t.size() && t.end(j) < charEnd) {
      j++;
    }
    return j < t.size() && t.end(j) == charEnd ? j + 1 : -1;
  }

  private static NumberMatch withScale(Tokens t, NumberMatch n) {
    NumberMatch m = multiplier(t, n);
    BigDecimal base = m.value();
    return WordNumbers.afterDigits(t, m.end(), base)
        .map(c -> andHalf(t, new NumberMatch(n.start(), c.end(), c.value(), false, true, 0), c.lastScale()))
        .orElse(m);
  }

  /** "3 million and a half": the fraction is of the scale just named. */
  private static NumberMatch andHalf(Tokens t, NumberMatch m, BigDecimal scale) {
    if (scale == null || !t.is(m.end(), "and") || Lexicon.number(t.w(m.end() - 1)).isEmpty()) {
      return m;
    }
    return SpelledNumbers.andFraction(t, m.end() + 1)
        .map(f -> new NumberMatch(m.start(), f.end(), m.value().add(f.scaled() ? f.value() : f.value().multiply(scale)),
            false, true, 0))
        .orElse(m);
  }

  private static NumberMatch multiplier(Tokens t, NumberMatch n) {
    int k = n.end();
    if (!t.isWord(k)) {
      return n;
    }
    String w = t.w(k);
    BigDecimal factor = MULTIPLIERS.get(w);
    if (factor == null) {
      return n;
    }
    boolean tight = t.tight(k);
    boolean upper = t.upperCase(k);
    boolean ok = switch (w) {
      case "k", "m", "b" -> tight || upper;
      case "g" -> upper;
      case "mm" -> upper;
      default -> true;
    };
    if (!ok || (w.length() == 1 && t.is(k + 1, ".") && t.tight(k + 1) && t.isWord(k + 2) && t.tight(k + 2))) {
      return n;
    }
    return new NumberMatch(n.start(), k + 1, n.value().multiply(factor), false, true, 0);
  }
}
