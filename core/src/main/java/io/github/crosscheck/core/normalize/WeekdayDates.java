package io.github.crosscheck.core.normalize;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Weekdays and days counted within a period: "Friday", "this Friday", "next Friday", "last
 * Friday", "this coming Friday", "this past Friday", "Tuesday of next week", "next week on
 * Friday", "Friday after next", "Tuesday before last", "the first Friday of this month", "the last
 * Monday of March", "the 20th of next month", "the fifth last day of May", "the third month of
 * 2021". Stateless.
 */
final class WeekdayDates {
  private static final PhraseTable<Integer> WEEKS = PhraseTable.<Integer>builder()
      .add("this week", 0).add("next week", 1).add("last week", -1).add("previous week", -1)
      .add("the week after", 1).add("the following week", 1).add("the previous week", -1).build();
  /** Relations that count weekdays from the reference rather than by calendar week. */
  private static final PhraseTable<Integer> STRICT = PhraseTable.<Integer>builder()
      .add("coming", 1).add("this coming", 1).add("upcoming", 1).add("this upcoming", 1).add("following", 1)
      .add("the following", 1).add("this past", -1).add("past", -1).add("the past", -1).build();
  private static final PhraseTable<Integer> BY_WEEK = PhraseTable.<Integer>builder()
      .add("this", 0).add("next", 1).add("last", -1).add("previous", -1).add("the previous", -1).build();

  /** Words before which "Sun", "Sat", "Wed" and "Mon" are weekdays rather than words or names. */
  private static final com.google.common.collect.ImmutableSet<String> WEEKDAY_CONTEXT =
      com.google.common.collect.ImmutableSet.of("on", "by", "until", "till", "since", "before", "after", "from", "to",
          "through", "and", "or", "-", "/");

  private WeekdayDates() {}

  static Optional<DateParse> parse(Tokens t, int i) {
    var strict = STRICT.longest(t, i);
    Optional<Hit<DayOfWeek>> day = strict.isPresent() ? CalendarWords.weekday(t, strict.get().end(), true)
        : Optional.empty();
    if (day.isPresent()) {
      return Optional.of(DateParse.of(i, day.get().end(), new DateSpec.WeekdayFrom(
          new DateSpec.RefUnit(Granularity.DAY, 0), day.get().value(), strict.get().value())));
    }
    var byWeek = BY_WEEK.longest(t, i);
    day = byWeek.isPresent() ? CalendarWords.weekday(t, byWeek.get().end(), true) : Optional.empty();
    if (day.isPresent()) {
      return Optional.of(DateParse.of(i, day.get().end(), new DateSpec.WeekdayInWeek(day.get().value(),
          byWeek.get().value())));
    }
    var week = WEEKS.longest(t, i);
    day = week.isPresent()
        ? CalendarWords.weekday(t, CalendarWords.skip(t, week.get().end(), "on", "-", ","), true) : Optional.empty();
    if (day.isPresent()) {
      return Optional.of(DateParse.of(i, day.get().end(), new DateSpec.WeekdayInWeek(day.get().value(),
          week.get().value())));
    }
    return weekdayFirst(t, i);
  }

  /** "Friday", "Tuesday of next week", "Friday, next week", "Friday after next", "Tuesday before last". */
  private static Optional<DateParse> weekdayFirst(Tokens t, int i) {
    Optional<Hit<DayOfWeek>> day = CalendarWords.weekday(t, i, false);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    DayOfWeek d = day.get().value();
    int k = CalendarWords.skip(t, day.get().end(), "of", ",", "-");
    var week = WEEKS.longest(t, k);
    if (week.isPresent()) {
      return Optional.of(DateParse.of(i, week.get().end(), new DateSpec.WeekdayInWeek(d, week.get().value())));
    }
    int j = day.get().end();
    if ((t.is(j, "after") && t.is(j + 1, "next")) || (t.is(j, "before") && t.is(j + 1, "last"))) {
      DateSpec today = new DateSpec.RefUnit(Granularity.DAY, 0);
      return Optional.of(DateParse.of(i, j + 2, new DateSpec.WeekdayFrom(today, d, t.is(j, "after") ? 2 : -2)));
    }
    if (Lexicon.ambiguousName(t.w(i)) && !CalendarWords.dottedAbbreviation(t, i) && !WEEKDAY_CONTEXT.contains(t.w(i - 1))) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, j, new DateSpec.WeekdayByTense(d)));
  }

  /** "the first Friday of this month", "last Monday of March", "second Sunday", "first monday in 2 months". */
  static Optional<DateParse> nthWeekday(Tokens t, int i) {
    int k = t.is(i, "the") ? i + 1 : i;
    Optional<Hit<Integer>> n = nth(t, k);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Optional<Hit<DayOfWeek>> day = CalendarWords.weekday(t, n.get().end(), true);
    if (day.isEmpty() || n.get().value() > 5) {
      return Optional.empty();
    }
    int j = day.get().end();
    Optional<Hit<DateSpec>> period = t.is(j, "of") || t.is(j, "in") ? period(t, j + 1) : Optional.empty();
    if (period.isEmpty() && n.get().value() < 0) {
      return Optional.empty();
    }
    DateSpec of = period.map(Hit::value).orElse(new DateSpec.RefUnit(Granularity.MONTH, 0));
    int end = period.map(Hit::end).orElse(j);
    return Optional.of(DateParse.of(i, end, new DateSpec.NthWeekday(of, day.get().value(), n.get().value())));
  }

  /** "the fifth last day of May", "last day in october 2015", "the 20th of next month", "the third month of 2021". */
  static Optional<DateParse> nthDay(Tokens t, int i) {
    int k = t.is(i, "the") ? i + 1 : i;
    Optional<Hit<Integer>> nth = nth(t, k);
    Optional<Hit<Integer>> n = nth.isPresent() ? nth : CalendarWords.day(t, k, false);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    int j = n.get().end();
    if (t.is(j, "month") && t.is(j + 1, "of") && n.get().value() >= 1 && n.get().value() <= 12) {
      Optional<Hit<Integer>> year = Years.parse(t, j + 2, false);
      return year.map(y -> DateParse.of(i, y.end(),
          new DateSpec.Fixed(Interval.month(YearMonth.of(y.value(), Month.of(n.get().value()))))));
    }
    boolean dayWord = t.is(j, "day");
    int of = dayWord ? j + 1 : j;
    if (!(t.is(of, "of") || (dayWord && t.is(of, "in")))) {
      return Optional.empty();
    }
    Optional<Hit<DateSpec>> period = period(t, of + 1);
    if (period.isEmpty() || (!dayWord && period.get().value().granularity() != Granularity.MONTH)
        || (!dayWord && period.get().value() instanceof DateSpec.InMonth)) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, period.get().end(), new DateSpec.NthDay(period.get().value(), n.get().value())));
  }

  /** "on the 17th", "the 17th at 9 am": a day of an unnamed month where the context says it is one. */
  static Optional<DateParse> theNth(Tokens t, int i) {
    if (!t.is(i, "the")) {
      return Optional.empty();
    }
    Optional<Hit<Integer>> day = CalendarWords.ordinal(t, i + 1).filter(h -> h.value() >= 1 && h.value() <= 31);
    if (day.isEmpty() || AbsoluteDates.followedByNoun(t, day.get().end()) || t.is(day.get().end(), "of")
        || t.is(day.get().end(), "-")) {
      return Optional.empty();
    }
    boolean context = WEEKDAY_CONTEXT.contains(t.w(i - 1)) && !t.is(i - 1, "and") && !t.is(i - 1, "or")
        || t.is(day.get().end(), "at") || t.is(day.get().end(), "@");
    return context ? Optional.of(DateParse.of(i, day.get().end(),
        new DateSpec.DayOfMonth(day.get().value(), Optional.empty(), Pick.TENSE))) : Optional.empty();
  }

  /** An ordinal, "last" (-1), or "fifth last" (-5). */
  private static Optional<Hit<Integer>> nth(Tokens t, int k) {
    if (t.is(k, "last")) {
      return Optional.of(new Hit<>(-1, k + 1));
    }
    Optional<Hit<Integer>> ordinal = CalendarWords.ordinal(t, k).filter(h -> h.value() >= 1 && h.value() <= 31);
    if (ordinal.isPresent() && t.is(ordinal.get().end(), "last")) {
      return Optional.of(new Hit<>(-ordinal.get().value(), ordinal.get().end() + 1));
    }
    return ordinal;
  }

  /** A month-like period: "March", "October 2015", "this month", "next month", "the month", "2 months", "month in 2 months". */
  private static Optional<Hit<DateSpec>> period(Tokens t, int k) {
    Optional<Hit<Month>> month = CalendarWords.month(t, k, true);
    if (month.isPresent()) {
      int y = CalendarWords.skip(t, month.get().end(), ",");
      Optional<Hit<Integer>> year = Years.parse(t, y, true);
      if (year.isPresent()) {
        return Optional.of(new Hit<>(new DateSpec.Fixed(Interval.month(YearMonth.of(year.get().value(),
            month.get().value()))), year.get().end()));
      }
      return Optional.of(new Hit<>(new DateSpec.InMonth(month.get().value(), 0, Optional.empty(), Pick.TENSE, 0),
          month.get().end()));
    }
    var relation = RelativeDates.RELATIONS.longest(t, k);
    int u = relation.map(Hit::end).orElse(t.is(k, "the") ? k + 1 : k);
    int offset = relation.map(Hit::value).orElse(0);
    if (t.is(u, "month") || t.is(u, "year")) {
      Granularity g = t.is(u, "month") ? Granularity.MONTH : Granularity.YEAR;
      int end = u + 1;
      var later = t.is(end, "in") ? OffsetDates.laterReference(t, end) : Optional.<Hit<Period>>empty();
      DateSpec base = new DateSpec.RefUnit(g, offset);
      return Optional.of(later.map(h -> new Hit<DateSpec>(new DateSpec.AtShiftedReference(base, h.value()), h.end()))
          .orElse(new Hit<>(base, end)));
    }
    Optional<NumberMatch> months = NumberParser.unsigned(t, k).filter(m -> m.isIntegerIn(1, 1200));
    if (months.isPresent() && (t.is(months.get().end(), "month") || t.is(months.get().end(), "months"))) {
      DateSpec base = new DateSpec.RefUnit(Granularity.MONTH, 0);
      return Optional.of(new Hit<>(new DateSpec.AtShiftedReference(base, Period.ofMonths(months.get().intValue())),
          months.get().end() + 1));
    }
    if (t.isDigits(k) && t.w(k).length() == 4) {
      return Years.parse(t, k, false).map(y -> new Hit<>(new DateSpec.Fixed(Interval.year(y.value())), y.end()));
    }
    return Optional.empty();
  }
}
