package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers, percentages and money, single ("17", "60%", "$1.5 billion") or as ranges ("10 to 20",
 * "between $5 and $10", "10-20%"; not "from 10 to 20", which reads as a change), and vague
 * magnitudes ("tens of thousands" is 20,000 to 100,000). Ordinals ("21st") are not counts, nor
 * are digits glued to a name ("COVID-19", "MP3"). Stateless.
 */
final class QuantityGrammar implements Grammar {
  private static final ImmutableMap<String, BigDecimal> MAGNITUDES = ImmutableMap.<String, BigDecimal>builder()
      .put("tens", BigDecimal.TEN).put("dozens", BigDecimal.valueOf(12)).put("scores", BigDecimal.valueOf(20))
      .put("hundreds", BigDecimal.valueOf(100)).put("thousands", new BigDecimal("1e3"))
      .put("millions", new BigDecimal("1e6")).put("billions", new BigDecimal("1e9")).build();
  private static final ImmutableSet<String> ORDINAL_SUFFIXES = ImmutableSet.of("st", "nd", "rd", "th");
  private static final BigDecimal THOUSAND = new BigDecimal("1e3");
  /** "from 10 to 20", "by 5 to 10", "to 10 to 20" describe changes, not ranges. */
  private static final ImmutableSet<String> CHANGE_WORDS = ImmutableSet.of("from", "to", "by");

  @Override
  public void candidates(Tokens t, int i, List<Candidate> out) {
    Optional<Quantity> q = single(t, i);
    if (q.isPresent()) {
      out.add(q.get().candidate());
      Optional<Quantity> range = range(t, q.get());
      if (range.isPresent()) {
        out.add(range.get().candidate());
      }
    }
    if (t.is(i, "between")) {
      single(t, i + 1).filter(q1 -> t.is(q1.end(), "and"))
          .flatMap(q1 -> single(t, q1.end() + 1).flatMap(q2 -> combine(i, q1, q2)))
          .ifPresent(r -> out.add(r.candidate()));
    }
    var magnitude = magnitude(t, i);
    if (magnitude.isPresent()) {
      out.add(magnitude.get().candidate());
    }
  }

  /** The longest single quantity at {@code i}: money, a percentage or a plain number. */
  static Optional<Quantity> single(Tokens t, int i) {
    Optional<Quantity> money = MoneyParser.parse(t, i);
    if (money.isPresent()) {
      return money;
    }
    if (glued(t, i)) {
      return Optional.empty();
    }
    Optional<Quantity> percent = PercentParser.parse(t, i);
    return percent.isPresent() ? percent : number(t, i);
  }

  private static Optional<Quantity> number(Tokens t, int i) {
    Optional<NumberMatch> number = NumberParser.parse(t, i);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    NumberMatch n = number.get();
    if (ORDINAL_SUFFIXES.contains(t.w(n.end())) && t.tight(n.end())
        || n.words() && !CalendarWords.ordinal(t, i).map(o -> o.end() <= n.end()).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(new Quantity(i, n.end(), ExpressionKind.NUMBER, NumberValue.of(n.value()), null, null,
        n.scaled()));
  }

  /**
   * Digits that are part of something else: glued to a word before them ("COVID-19", "TA-35",
   * "MP3"), inside a slashed or dotted run of numbers that is no date ("13/45/25"), or a day after a
   * month name ("February 30").
   */
  private static boolean glued(Tokens t, int i) {
    if (!t.isDigits(i)) {
      return false;
    }
    boolean slashBefore = t.tight(i) && t.is(i - 1, "/") && t.isDigits(i - 2);
    boolean slashRun = t.is(i + 1, "/") && t.tight(i + 1) && t.isDigits(i + 2) && t.is(i + 3, "/");
    if (slashBefore || slashRun || (t.w(i).length() <= 2 && Lexicon.month(t.w(i - 1)).isPresent())) {
      return true;
    }
    return t.tight(i) && (t.isWord(i - 1) || (t.is(i - 1, "-") && t.tight(i - 1) && t.isWord(i - 2)));
  }

  private static Optional<Quantity> range(Tokens t, Quantity q1) {
    int k = q1.end();
    boolean hyphen = (t.is(k, "-") || t.is(k, "–")) && (t.tight(k) || !t.tight(k + 1));
    if (!(t.is(k, "to") || hyphen) || CHANGE_WORDS.contains(t.w(q1.start() - 1))) {
      return Optional.empty();
    }
    return single(t, k + 1).flatMap(q2 -> combine(q1.start(), q1, q2));
  }

  private static Optional<Quantity> combine(int start, Quantity q1, Quantity q2) {
    ExpressionKind kind = q2.kind();
    boolean compatible = q1.kind() == ExpressionKind.NUMBER || (q1.kind() == kind
        && (kind != ExpressionKind.MONEY || q1.currency().equals(q2.currency()))
        && (kind != ExpressionKind.PERCENT || q1.unit() == q2.unit()));
    if (!compatible || q1.amount().upper().isPresent() || q2.amount().upper().isPresent()) {
      return Optional.empty();
    }
    BigDecimal low = q1.amount().value();
    BigDecimal high = q2.amount().value();
    if (!q1.scaled() && q2.scaled()) {
      low = propagateScale(low, high);
    }
    if (low.compareTo(high) >= 0) {
      return Optional.empty();
    }
    NumberValue amount = new NumberValue(low, Optional.of(high), Modifier.EXACT);
    return Optional.of(new Quantity(start, q2.end(), kind, amount, q2.currency(), q2.unit(), q2.scaled()));
  }

  /** "89 to 93 billion": the low end takes the power of a thousand that puts it just below the high end. */
  private static BigDecimal propagateScale(BigDecimal low, BigDecimal high) {
    if (low.signum() <= 0) {
      return low;
    }
    BigDecimal factor = BigDecimal.ONE;
    while (low.multiply(factor).multiply(THOUSAND).compareTo(high) <= 0 && factor.compareTo(NumberParser.LIMIT) < 0) {
      factor = factor.multiply(THOUSAND);
    }
    return low.multiply(factor);
  }

  /** "tens of thousands" (20,000 to 100,000), "hundreds of", "thousands of", "dozens of". */
  private static Optional<Quantity> magnitude(Tokens t, int i) {
    BigDecimal base = MAGNITUDES.get(t.w(i));
    if (base == null || !t.is(i + 1, "of")) {
      return Optional.empty();
    }
    BigDecimal scale = BigDecimal.ONE;
    int end = i + 1;
    BigDecimal next = MAGNITUDES.get(t.w(i + 2));
    if (next != null && next.compareTo(THOUSAND) >= 0 && base.compareTo(THOUSAND) < 0) {
      scale = next;
      end = i + 3;
    }
    BigDecimal unit = base.multiply(scale);
    NumberValue amount = new NumberValue(unit.multiply(BigDecimal.valueOf(2)), Optional.of(unit.multiply(BigDecimal.TEN)),
        Modifier.EXACT);
    return Optional.of(new Quantity(i, end, ExpressionKind.NUMBER, amount, null, null, true));
  }

  @Override
  public Set<String> triggers() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    words.addAll(Lexicon.NUMBER_WORDS.keySet()).addAll(MAGNITUDES.keySet());
    words.add("a", "an", "minus", "negative", "between", "percent", "per", "percents", "us", "u", "c", "a", "au", "hk",
        "nz", "s", "r", "mex", "mxn", "usd", "cad", "ca", "aud", "nt", "ps", "y", "rs", "rm", "malaysia", "malaysian");
    return words.addAll(Currencies.triggerWords()).build();
  }
}
