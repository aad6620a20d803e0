package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.Offsets.Units;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Calendar dates and periods, absolute or relative, as DATE expressions: resolved against the
 * reference and the clause's tense when the reference is known, an {@link UnresolvedDate}
 * otherwise, a {@link DerivedDate} when anchored on an event. An offset date also yields the
 * duration it contains ("in 15 years" → "15 years"). Stateless.
 */
final class DateGrammar implements Grammar {
  /** A reference used only to check that a relative date can exist at all ("February 30" cannot). */
  private static final LocalDate PROBE = LocalDate.of(2000, 6, 15);
  private static final ImmutableSet<String> TRIGGERS = triggerWords();

  @Override
  public void candidates(Tokens t, int i, List<Candidate> out) {
    Optional<DateParse> date = DateParser.parse(t, i);
    if (date.isPresent()) {
      DateParse p = date.get();
      Candidate c = Candidate.of(p.start(), p.end(), ExpressionKind.DATE, valuer(p));
      out.add(p.offset().map(o -> c.withNested(Candidate.of(o.start(), o.end(), ExpressionKind.DURATION,
          context -> Optional.of(new DurationValue(o.period(), o.time(), Modifier.EXACT))))).orElse(c));
    }
    Candidate.addTo(out, DerivedDates.parse(t, i));
  }

  /** How a parsed date becomes a value: absolute dates need no reference; relative ones resolve or stay unresolved. */
  static Candidate.Valuer valuer(DateParse p) {
    DateSpec spec = p.spec();
    return context -> {
      if (spec.absolute()) {
        return spec.resolve(LocalDate.EPOCH, Direction.NONE).map(i -> i.toValue(p.part(), p.modifier()));
      }
      Direction direction = context.direction();
      Optional<LocalDate> ref = context.referenceDate();
      if (ref.isEmpty()) {
        return spec.resolve(PROBE, direction).map(probe ->
            new UnresolvedDate(new RelativeDate(spec, direction, p.part()), p.modifier()));
      }
      return spec.resolve(ref.get(), direction).map(i -> i.toValue(p.part(), p.modifier()));
    };
  }

  /** The duration nested in an offset. */
  static Candidate duration(Units u) {
    return Candidate.of(u.start(), u.end(), ExpressionKind.DURATION,
        context -> Optional.of(new DurationValue(u.length().period(), u.length().time(), Modifier.EXACT)));
  }

  @Override
  public Set<String> triggers() {
    return TRIGGERS;
  }

  private static ImmutableSet<String> triggerWords() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    words.addAll(Lexicon.CALENDAR_WORDS.keySet()).addAll(Lexicon.NUMBER_WORDS.keySet());
    words.add("today", "tonight", "tomorrow", "tmrw", "tmr", "tomorow", "yesterday", "day", "the", "this", "next",
        "last", "previous", "past", "coming", "following", "current", "upcoming", "early", "earlier", "mid", "middle",
        "late", "later", "end", "beginning", "start", "eoy", "eom", "in", "within", "after", "a", "an", "few",
        "another", "year", "'", "week", "month", "q");
    for (var row : Resources.rows("holidays.tsv")) {
      for (String name : row.get(0).split("\\|")) {
        words.add(Tokens.of(name, 0, name.length()).w(0));
      }
    }
    return words.build();
  }
}
