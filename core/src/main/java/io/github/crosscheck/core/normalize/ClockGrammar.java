package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.ClockTimes.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clock times as DATETIME expressions: a clock with a date on either side ("tomorrow at 5pm",
 * "3pm 5/15/2018", "at 7:30 PM on Fri, Sep 20", "tomorrow afternoon at 5"), a bare clock ("8 a.m.
 * Eastern time", "1200 GMT"), "now", and sub-day offsets from the reference time ("in 2.5 hours",
 * "15 minutes ago", "in less than 48 hours"). A part of the day sets am/pm when the clock does
 * not. Stateless.
 */
final class ClockGrammar implements Grammar {
  private static final ImmutableMap<String, Boolean> PARTS_OF_DAY = ImmutableMap.of("morning", false,
      "afternoon", true, "evening", true, "night", true, "tonight", true);
  private static final ImmutableSet<String> LINKS = ImmutableSet.of(",", "at", "@", "on", "-", "∙", ".", "of", "the");
  /** The words for the reference time itself, lower case. */
  static final ImmutableSet<String> NOW_PHRASES = ImmutableSet.of("now", "right now", "just now", "at the minute",
      "at the moment", "at this moment");
  private static final PhraseTable<Boolean> NOW = nowTable();

  private static PhraseTable<Boolean> nowTable() {
    PhraseTable.Builder<Boolean> table = PhraseTable.builder();
    NOW_PHRASES.forEach(phrase -> table.add(phrase, true));
    return table.build();
  }

  @Override
  public void candidates(Tokens t, int i, List<Candidate> out) {
    // Tests, not Optional callbacks: this runs at every token that may start an expression.
    Candidate.addTo(out, dateThenClock(t, i));
    Candidate.addTo(out, clockThenDate(t, i));
    int k = t.is(i, "at") || t.is(i, "@") ? i + 1 : i;
    Optional<Clock> clock = ClockTimes.parse(t, k, false);
    if (clock.isPresent()) {
      Clock c = clock.get();
      out.add(Candidate.of(i, c.end(), ExpressionKind.DATETIME,
          context -> Optional.of(new ClockTimeValue(c.time(), c.zone(), Optional.empty(), Modifier.EXACT))));
    }
    Optional<OffsetDates.Found> offset = OffsetDates.find(t, i);
    if (offset.isPresent() && offset.get().units().length().clockOnly()) {
      out.add(offset(offset.get()));
    }
    var now = NOW.longest(t, i);
    if (now.isPresent()) {
      out.add(Candidate.of(i, now.get().end(), ExpressionKind.DATETIME, ClockGrammar::now));
    }
  }

  /** "tomorrow at 5pm", "Jan 1 2025, 9:30", "tomorrow afternoon at 5", "05/31/2024.14:15". */
  private static Optional<Candidate> dateThenClock(Tokens t, int i) {
    Optional<DateParse> date = DateParser.parse(t, i);
    if (date.isEmpty() || date.get().spec().granularity() != Granularity.DAY) {
      return Optional.empty();
    }
    int k = date.get().end();
    Boolean after = PARTS_OF_DAY.get(t.w(k));
    k = after != null ? k + 1 : k;
    Boolean pm = after != null ? after : PARTS_OF_DAY.get(t.w(date.get().end() - 1));
    boolean link = false;
    while (LINKS.contains(t.w(k)) && !t.is(k, "the") && !t.is(k, "of")) {
      link |= t.is(k, "at") || t.is(k, "@");
      k++;
    }
    Optional<Clock> clock = ClockTimes.parse(t, k, link || pm != null);
    return clock.isPresent() ? Optional.of(candidate(i, clock.get().end(), date.get(), clock.get(), pm))
        : Optional.empty();
  }

  /** "3pm tomorrow", "at 7:30 PM on Fri, Sep 20", "quarter to twelve on Wed", "at 5 tomorrow afternoon". */
  private static Optional<Candidate> clockThenDate(Tokens t, int i) {
    boolean at = t.is(i, "at") || t.is(i, "@");
    Optional<Clock> clock = ClockTimes.parse(t, at ? i + 1 : i, at);
    if (clock.isEmpty()) {
      return Optional.empty();
    }
    int k = clock.get().end();
    int links = 0;
    while (LINKS.contains(t.w(k)) && !t.is(k, "at") && links < 3) {
      k++;
      links++;
    }
    Optional<DateParse> date = DateParser.parse(t, k).filter(d -> d.spec().granularity() == Granularity.DAY);
    if (date.isEmpty() && k > clock.get().end() && t.is(k - 1, "the")) {
      date = DateParser.parse(t, k - 1).filter(d -> d.spec().granularity() == Granularity.DAY);
    }
    if (date.isEmpty()) {
      return Optional.empty();
    }
    int end = date.get().end();
    Boolean pm = PARTS_OF_DAY.get(t.w(end));
    if (!clock.get().strong() && !at && pm == null) {
      return Optional.empty();
    }
    return Optional.of(candidate(i, pm != null ? end + 1 : end, date.get(), clock.get(), pm));
  }

  private static Candidate candidate(int start, int end, DateParse date, Clock clock, Boolean pm) {
    LocalTime time = pm != null && pm && !clock.meridiem() && clock.time().getHour() < 12
        ? clock.time().plusHours(12) : clock.time();
    Candidate.Valuer day = DateGrammar.valuer(date);
    return Candidate.of(start, end, ExpressionKind.DATETIME, context -> day.value(context).map(v ->
        v instanceof DateValue d && d.first().equals(d.last())
            ? new ClockTimeValue(time, clock.zone(), Optional.of(d.first()), Modifier.EXACT)
            : new ClockTimeValue(time, clock.zone(), Optional.empty(), Modifier.EXACT)));
  }

  /** A clock-only offset from the reference: "in 5 minutes", "12 hours ago", "within half an hour". */
  private static Candidate offset(OffsetDates.Found f) {
    Duration d = f.units().length().time();
    Duration signed = f.sign() < 0 ? d.negated() : d;
    Candidate c = Candidate.of(f.start(), f.end(), ExpressionKind.DATETIME, context -> {
      Optional<PublicationTime> ref = context.reference();
      Optional<LocalDateTime> at = ref.flatMap(PublicationTime::localDateTime);
      if (at.isPresent()) {
        LocalDateTime when = at.get().plus(signed);
        return Optional.of(new ClockTimeValue(when.toLocalTime(), ref.get().zone(), Optional.of(when.toLocalDate()),
            f.modifier()));
      }
      DateSpec spec = new DateSpec.WithinHours(signed);
      return Optional.of(ref.<NormalizedValue>map(r -> spec.resolve(r.date(), Direction.NONE).orElseThrow()
              .toValue(DatePart.WHOLE, f.modifier()))
          .orElseGet(() -> new UnresolvedDate(new RelativeDate(spec, Direction.NONE, DatePart.WHOLE), f.modifier())));
    });
    return c.withNested(DateGrammar.duration(f.units()));
  }

  private static Optional<NormalizedValue> now(Context context) {
    Optional<PublicationTime> ref = context.reference();
    if (ref.isEmpty()) {
      DateSpec today = new DateSpec.RefUnit(Granularity.DAY, 0);
      return Optional.of(new UnresolvedDate(new RelativeDate(today, Direction.NONE, DatePart.WHOLE), Modifier.EXACT));
    }
    PublicationTime r = ref.get();
    return Optional.of(r.time().<NormalizedValue>map(time -> new ClockTimeValue(time, r.zone(), Optional.of(r.date()),
        Modifier.EXACT)).orElseGet(() -> DateValue.day(r.date())));
  }

  @Override
  public Set<String> triggers() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    words.addAll(new DateGrammar().triggers());
    words.add("at", "noon", "midday", "midnight", "quarter", "half", "now", "right", "just", "in", "within", "the", "a");
    return words.build();
  }
}
