package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Month;
import java.util.Optional;

/**
 * Dates relative to the reference: "today", "yesterday", "the day after tomorrow", "last week",
 * "this month", "next year", "the year after next", "earlier this week", "this weekend", months
 * with a relation ("last August", "this coming July", "March of next year", "March in a year"),
 * and parts of periods ("early next year", "mid-2024", "the end of October", "EOY"). Stateless.
 */
final class RelativeDates {
  private static final PhraseTable<Integer> DAYS = PhraseTable.<Integer>builder()
      .add("today", 0).add("tonight", 0).add("this day", 0).add("tomorrow", 1).add("tmrw", 1).add("tmr", 1)
      .add("tomorow", 1).add("yesterday", -1).add("the day after tomorrow", 2).add("day after tomorrow", 2)
      .add("the day after tmrw", 2).add("day after tmrw", 2).add("the day before yesterday", -2)
      .add("day before yesterday", -2).add("last night", -1).add("this morning", 0).add("this afternoon", 0)
      .add("this evening", 0).build();
  private static final PhraseTable<Boolean> DAY_PARTS = PhraseTable.<Boolean>builder()
      .add("the morning of", true).add("the afternoon of", true).add("the evening of", true)
      .add("the night of", true).add("morning of", true).add("afternoon of", true).add("evening of", true)
      .add("night of", true).build();
  /** A relation word before a unit or a month, and the offset it means. */
  static final PhraseTable<Integer> RELATIONS = PhraseTable.<Integer>builder()
      .add("this", 0).add("current", 0).add("the current", 0).add("this calendar", 0).add("next", 1)
      .add("the next", 1).add("coming", 1).add("the coming", 1).add("this coming", 1).add("following", 1)
      .add("the following", 1).add("last", -1).add("the last", -1).add("previous", -1).add("the previous", -1)
      .add("past", -1).add("the past", -1).add("this past", -1).add("upcoming", 1).add("this upcoming", 1).build();
  static final ImmutableMap<String, Granularity> UNITS = ImmutableMap.<String, Granularity>builder()
      .put("day", Granularity.DAY).put("week", Granularity.WEEK).put("wk", Granularity.WEEK)
      .put("month", Granularity.MONTH).put("year", Granularity.YEAR).put("yr", Granularity.YEAR)
      .put("quarter", Granularity.QUARTER).put("decade", Granularity.DECADE).put("century", Granularity.CENTURY)
      .build();
  private static final PhraseTable<DatePart> PARTS = PhraseTable.<DatePart>builder()
      .add("early", DatePart.EARLY).add("earlier in", DatePart.WHOLE).add("mid", DatePart.MID)
      .add("mid -", DatePart.MID).add("middle of", DatePart.MID).add("the middle of", DatePart.MID)
      .add("late", DatePart.LATE).add("the end of", DatePart.LATE).add("end of", DatePart.LATE)
      .add("the beginning of", DatePart.EARLY).add("beginning of", DatePart.EARLY)
      .add("the start of", DatePart.EARLY).add("start of", DatePart.EARLY).add("the turn of", DatePart.EARLY)
      .add("later in", DatePart.WHOLE).add("later", DatePart.WHOLE).add("earlier", DatePart.WHOLE).build();
  /** Words that make "the year" or "the month" something other than the reference's own. */
  private static final ImmutableSet<String> NOT_CURRENT = ImmutableSet.of("of", "before", "after", "since", "ago",
      "earlier", "later", "that", "when", "in", "'", "to", "which", "following", "prior", "through", "-", "long", "old");

  private RelativeDates() {}

  /** "today", "tomorrow", "the day before yesterday". */
  static Optional<DateParse> day(Tokens t, int i) {
    var hit = DAYS.longest(t, i);
    return hit.isEmpty() ? Optional.empty()
        : Optional.of(DateParse.of(i, hit.get().end(), new DateSpec.RefUnit(Granularity.DAY, hit.get().value())));
  }

  /** "last week", "this month", "next year", "the month", "the year after next", "this weekend". */
  static Optional<DateParse> unit(Tokens t, int i) {
    var relation = RELATIONS.longest(t, i);
    int k = relation.map(Hit::end).orElse(t.is(i, "the") ? i + 1 : -1);
    if (k < 0) {
      return Optional.empty();
    }
    int offset = relation.map(Hit::value).orElse(0);
    if (t.is(k, "weekend")) {
      return Optional.of(DateParse.of(i, k + 1, new DateSpec.Weekend(offset)));
    }
    Granularity unit = UNITS.get(t.w(k));
    if (unit == null || (relation.isEmpty() && unit != Granularity.MONTH && unit != Granularity.YEAR)) {
      return Optional.empty();
    }
    int end = k + 1;
    boolean afterNext = t.is(end, "after") && (t.is(end + 1, "next") || (t.is(end + 1, "the") && t.is(end + 2, "next")));
    boolean beforeLast = t.is(end, "before") && t.is(end + 1, "last");
    if (afterNext) {
      offset = 2;
      end = t.is(end + 1, "next") ? end + 2 : end + 3;
    } else if (beforeLast) {
      offset = -2;
      end += 2;
    } else if (relation.isEmpty() && (NOT_CURRENT.contains(t.w(k + 1)) || t.isDigits(k + 1) || t.is(i - 1, "of"))) {
      return Optional.empty();
    }
    if (unit == Granularity.DAY && offset == 0) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, end, new DateSpec.RefUnit(unit, offset)));
  }

  /** "earlier this week", "later in the year", "later this month". */
  static Optional<DateParse> earlierLater(Tokens t, int i) {
    if (!(t.is(i, "earlier") || t.is(i, "later"))) {
      return Optional.empty();
    }
    int k = t.is(i + 1, "this") ? i + 2 : t.is(i + 1, "in") && t.is(i + 2, "the") ? i + 3 : -1;
    Granularity unit = k < 0 ? null : UNITS.get(t.w(k));
    if (unit == null || unit == Granularity.DAY) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, k + 1, new DateSpec.RefUnit(unit, 0)));
  }

  /** "last August", "this coming July", "next March", "March of next year", "March in 1 year". */
  static Optional<DateParse> month(Tokens t, int i) {
    var relation = RELATIONS.longest(t, i);
    if (relation.isPresent()) {
      Optional<Hit<Month>> m = CalendarWords.month(t, relation.get().end(), true);
      return m.map(h -> DateParse.of(i, h.end(), new DateSpec.InMonth(h.value(), 0, Optional.empty(),
          pick(t, i, relation.get().value()), 0)));
    }
    Optional<Hit<Month>> m = CalendarWords.month(t, i, false);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    int k = t.is(m.get().end(), "of") ? m.get().end() + 1 : m.get().end();
    var year = RELATIONS.longest(t, k);
    if (year.isPresent() && t.is(year.get().end(), "year")) {
      return Optional.of(DateParse.of(i, year.get().end() + 1, new DateSpec.InMonth(m.get().value(), 0,
          Optional.empty(), Pick.THIS, year.get().value())));
    }
    return OffsetDates.laterReference(t, m.get().end()).map(h -> DateParse.of(i, h.end(),
        new DateSpec.AtShiftedReference(new DateSpec.InMonth(m.get().value(), 0, Optional.empty(), Pick.THIS, 0),
            h.value())));
  }

  /** The occurrence a relation word picks: "this" the reference's year, "next" and "coming" forward, "last" back. */
  static Pick pick(Tokens t, int i, int offset) {
    if (offset < 0) {
      return Pick.LAST;
    }
    if (offset == 0) {
      return Pick.THIS;
    }
    return t.is(i, "next") || t.is(i, "the") && t.is(i + 1, "next") || t.is(i, "following") ? Pick.NEXT : Pick.COMING;
  }

  /** "the evening of January 17": the day itself, with the words naming the part of it. */
  static Optional<DateParse> dayPart(Tokens t, int i) {
    var part = DAY_PARTS.longest(t, i);
    if (part.isEmpty()) {
      return Optional.empty();
    }
    Optional<DateParse> date = DateParser.core(t, part.get().end());
    return date.isPresent() && date.get().spec().granularity() == Granularity.DAY
        ? Optional.of(date.get().from(i)) : Optional.empty();
  }

  /** "early next year", "mid-2024", "the end of October", "end of month", "EOY". */
  static Optional<DateParse> part(Tokens t, int i) {
    if (t.is(i, "eoy") || t.is(i, "eom")) {
      Granularity unit = t.is(i, "eoy") ? Granularity.YEAR : Granularity.MONTH;
      return Optional.of(new DateParse(i, i + 1, new DateSpec.RefUnit(unit, 0), DatePart.LATE, Optional.empty()));
    }
    var hit = PARTS.longest(t, i);
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    int k = hit.get().end();
    DatePart part = hit.get().value();
    int u = t.is(k, "the") ? k + 1 : k;
    Granularity unit = UNITS.get(t.w(u));
    if (unit != null && unit != Granularity.DAY && part != DatePart.WHOLE) {
      return Optional.of(new DateParse(i, u + 1, new DateSpec.RefUnit(unit, 0), part, Optional.empty()));
    }
    return DateParser.core(t, k).filter(p -> p.spec().granularity().compareTo(Granularity.DAY) > 0)
        .filter(p -> part != DatePart.WHOLE || p.spec() instanceof DateSpec.RefUnit)
        .map(p -> p.withPart(i, part));
  }

}
