package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.DurationMath.Length;
import io.github.crosscheck.core.normalize.Lexicon.TimeUnit;
import io.github.crosscheck.core.normalize.Offsets.Units;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lengths of time: "four years", "48 hours", "an hour and a half", "18 months", "1 year 1 month
 * 21 days", "1 hour thirty" (minutes), "3-min", "a decade", "another week", and bare plurals
 * after a preposition ("for weeks": at least two weeks). Modifiers ("more than two years") come
 * from the scanner. Stateless.
 */
final class DurationGrammar implements Grammar {
  private static final ImmutableMap<String, TimeUnit> PLURALS = ImmutableMap.<String, TimeUnit>builder()
      .put("seconds", TimeUnit.SECONDS).put("minutes", TimeUnit.MINUTES).put("hours", TimeUnit.HOURS)
      .put("days", TimeUnit.DAYS).put("weeks", TimeUnit.WEEKS).put("months", TimeUnit.MONTHS)
      .put("years", TimeUnit.YEARS).put("decades", TimeUnit.DECADES).put("centuries", TimeUnit.CENTURIES).build();
  private static final ImmutableSet<String> PLURAL_LEADS = ImmutableSet.of("for", "in", "after", "over", "took",
      "lasted", "last", "within");

  @Override
  public void candidates(Tokens t, int i, List<Candidate> out) {
    var units = Offsets.units(t, i, false);
    if (units.isPresent() && !ordinalSecond(t, units.get())) {
      var u = trailingNumber(t, units.get());
      out.add(candidate(u.start(), u.end(), u.length(), Modifier.EXACT));
    }
    Candidate.addTo(out, plural(t, i));
  }

  static Candidate candidate(int start, int end, Length length, Modifier modifier) {
    return Candidate.of(start, end, ExpressionKind.DURATION,
        context -> Optional.of(new DurationValue(length.period(), length.time(), modifier)));
  }

  /** "a second term" is an ordinal, not one second. */
  private static boolean ordinalSecond(Tokens t, Units u) {
    String unit = t.w(u.end() - 1);
    return u.units() == 1 && (unit.equals("second") || unit.equals("quarter")) && t.isWord(u.end())
        && !Lexicon.FUNCTION_WORDS.contains(t.w(u.end()));
  }

  /** "1 hour thirty", "2 hours ten", "1 hour and fifteen": a bare number after hours is minutes, after minutes seconds. */
  private static Units trailingNumber(Tokens t, Units u) {
    Optional<TimeUnit> last = Lexicon.unit(t.w(u.end() - 1), true, false);
    if (u.units() != 1 || last.isEmpty() || !(last.get() == TimeUnit.HOURS || last.get() == TimeUnit.MINUTES)) {
      return u;
    }
    int k = t.is(u.end(), "and") ? u.end() + 1 : u.end();
    Optional<NumberMatch> n = NumberParser.unsigned(t, k).filter(m -> m.isIntegerIn(1, 59));
    if (n.isEmpty() || t.isWord(n.get().end()) && !Lexicon.FUNCTION_WORDS.contains(t.w(n.get().end()))
        || t.isDigits(n.get().end())) {
      return u;
    }
    long seconds = n.get().value().longValue() * (last.get() == TimeUnit.HOURS ? 60 : 1);
    Length more = new Length(Period.ZERO, Duration.ofSeconds(seconds));
    return new Units(u.start(), n.get().end(), u.length().plus(more), u.units());
  }

  /** "for weeks", "in years", "after months": at least two of the unit. */
  private static Optional<Candidate> plural(Tokens t, int i) {
    TimeUnit unit = PLURALS.get(t.w(i));
    if (unit == null || !PLURAL_LEADS.contains(t.w(i - 1)) || t.isDigits(i - 1)) {
      return Optional.empty();
    }
    return DurationMath.of(BigDecimal.valueOf(2), unit).map(l -> candidate(i, i + 1, l, Modifier.AT_LEAST));
  }

  @Override
  public Set<String> triggers() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    words.addAll(Lexicon.NUMBER_WORDS.keySet()).addAll(PLURALS.keySet());
    return words.add("a", "an", "another", "few", "couple", "pair", "half", "quarter").build();
  }
}
