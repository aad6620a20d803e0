package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Calendar dates written with month names, in any order: "January 19", "Jan. 19, 2025", "19
 * January", "the 15th of February", "2018 March 18", "January 2025", "April of 1987", "Thursday
 * the 21st", "Jul 18, Fri"; years in a date context ("in 2022", "the year 2019", "2014 AD"),
 * decades ("the 1990s", "the '90s") and centuries ("the 19th century"). A month-day without a
 * year stays relative. Stateless.
 */
final class AbsoluteDates {
  /** Words after which a bare four-digit number is a year. */
  static final ImmutableSet<String> YEAR_CONTEXT = ImmutableSet.of("in", "since", "by", "until", "till", "through",
      "during", "of", "from", "before", "after", "year", "early", "late", "mid", "fiscal", "circa", "than", "=",
      "throughout", "summer", "winter", "spring", "autumn", "fall", "around", "for", "end", "beginning",
      "start", "middle", "half", "quarter", "between", "to");
  /** Determiners before a year that qualifies a noun: "the 2020 election", "its 2019 report". */
  private static final ImmutableSet<String> MODIFIER_YEAR_LEADS = ImmutableSet.of("the", "its", "his", "her", "their",
      "our", "s", "this", "that", "last", "next");
  private static final ImmutableMap<String, Integer> DECADE_WORDS = ImmutableMap.<String, Integer>builder()
      .put("twenties", 1920).put("thirties", 1930).put("forties", 1940).put("fifties", 1950).put("sixties", 1960)
      .put("seventies", 1970).put("eighties", 1980).put("nineties", 1990).build();

  private AbsoluteDates() {}

  static Optional<DateParse> monthFirst(Tokens t, int i) {
    Optional<Hit<Month>> month = CalendarWords.month(t, i, true);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    Month m = month.get().value();
    int sep = CalendarWords.skip(t, month.get().end(), ",", "-", "/");
    final int k = t.is(sep, "the") ? sep + 1 : sep;
    boolean plain = !Lexicon.ambiguousName(t.w(i)) || t.capitalized(i);
    int j = CalendarWords.skip(t, month.get().end(), ",", "of", "-", "/");
    Optional<Hit<Integer>> year = Years.parse(t, j, t.is(j - 1, "of") && twoDigitYear(t, j));
    Optional<DateParse> monthYear = year.map(y -> DateParse.of(i, y.end(),
        new DateSpec.Fixed(Interval.month(YearMonth.of(y.value(), m)))));
    Optional<Hit<Integer>> day = CalendarWords.day(t, k, plain)
        .filter(d -> plain || !(t.isDigits(k) && d.end() == k + 1 && followedByNoun(t, d.end())));
    Optional<DateParse> withDay = day.flatMap(d -> {
      int y = CalendarWords.skip(t, d.end(), ",", "-", "/");
      return Years.parse(t, y, twoDigitYear(t, y))
          .map(yy -> fixedDay(i, yy.end(), yy.value(), m, d.value()))
          .orElseGet(() -> monthDay(t, i, d.end(), m, d.value()));
    });
    if (monthYear.isPresent() && (withDay.isEmpty() || monthYear.get().end() >= withDay.get().end())) {
      return monthYear;
    }
    return withDay;
  }

  /** A month-day without a year, with an optional weekday after it ("Jul 18, Fri") to pick the year. */
  private static Optional<DateParse> monthDay(Tokens t, int i, int end, Month m, int day) {
    if (day > m.maxLength()) {
      return Optional.empty();
    }
    int k = CalendarWords.skip(t, end, ",");
    Optional<Hit<DayOfWeek>> weekday = CalendarWords.weekday(t, k, k > end);
    int last = weekday.map(Hit::end).orElse(end);
    return Optional.of(DateParse.of(i, last,
        new DateSpec.InMonth(m, day, weekday.map(Hit::value), Pick.TENSE, 0)));
  }

  static Optional<DateParse> dayFirst(Tokens t, int i) {
    int k = t.is(i, "the") ? i + 1 : i;
    Optional<Hit<Integer>> day = CalendarWords.day(t, k, true);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    boolean cardinalWords = t.isWord(k) && CalendarWords.cardinalWord(t, k).isPresent();
    int j = day.get().end();
    if (t.is(j, "of") && !cardinalWords) {
      j++;
    } else if ((t.is(j, "-") || t.is(j, ".")) && !cardinalWords) {
      j++;
    }
    Optional<Hit<Month>> month = CalendarWords.month(t, j, !cardinalWords);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    Month m = month.get().value();
    int y = CalendarWords.skip(t, month.get().end(), ",", "of", "-", "/");
    Optional<Hit<Integer>> year = Years.parse(t, y, twoDigitYear(t, y));
    int end = month.get().end();
    if (year.isEmpty() && t.is(end, "in") && t.is(end + 1, "the") && t.is(end + 2, "year")) {
      year = Years.parse(t, end + 3, true);
    }
    if (year.isPresent()) {
      return fixedDay(i, year.get().end(), year.get().value(), m, day.get().value());
    }
    return monthDay(t, i, end, m, day.get().value());
  }

  /** "2023 Sept", "2016 , nov", "2018 March 18". */
  static Optional<DateParse> yearFirst(Tokens t, int i) {
    if (!t.isDigits(i) || t.w(i).length() != 4) {
      return Optional.empty();
    }
    Optional<Hit<Integer>> year = Years.parse(t, i, false);
    int k = year.map(h -> CalendarWords.skip(t, h.end(), ",")).orElse(-1);
    Optional<Hit<Month>> month = year.isEmpty() ? Optional.empty() : CalendarWords.month(t, k, false);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    Optional<Hit<Integer>> day = CalendarWords.day(t, month.get().end(), false);
    if (day.isPresent() && !followedByNoun(t, day.get().end())) {
      return fixedDay(i, day.get().end(), year.get().value(), month.get().value(), day.get().value());
    }
    return Optional.of(DateParse.of(i, month.get().end(),
        new DateSpec.Fixed(Interval.month(YearMonth.of(year.get().value(), month.get().value())))));
  }

  /** "Thursday the 21st", "Monday 21", "Tuesday 19th": a weekday and a day of an unnamed month. */
  static Optional<DateParse> weekdayDay(Tokens t, int i) {
    Optional<Hit<DayOfWeek>> weekday = CalendarWords.weekday(t, i, false);
    if (weekday.isEmpty()) {
      return Optional.empty();
    }
    int k = CalendarWords.skip(t, weekday.get().end(), ",");
    boolean the = t.is(k, "the");
    Optional<Hit<Integer>> day = CalendarWords.day(t, the ? k + 1 : k, the);
    // "Thursday, the first call": an ordinal before a noun counts calls, not days.
    if (day.isEmpty() || followedByNoun(t, day.get().end())) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, day.get().end(),
        new DateSpec.DayOfMonth(day.get().value(), Optional.of(weekday.get().value()), Pick.TENSE)));
  }

  /** A year where the context says it is one: "in 2022", "since 1990", "the year 2019", "2014 AD". */
  static Optional<DateParse> year(Tokens t, int i) {
    int k = t.is(i, "the") && t.is(i + 1, "year") ? i + 2 : t.is(i, "year") ? i + 1 : i;
    Optional<Hit<Integer>> year = Years.parse(t, k, false);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    boolean era = year.get().end() > k + (t.isDigits(k) ? 1 : 0) && t.isDigits(k);
    boolean midDash = t.is(k - 1, "-") && t.is(k - 2, "mid");
    boolean context = k > i || YEAR_CONTEXT.contains(t.w(k - 1)) || era || midDash
        || Modifiers.suffix(t, year.get().end(), ExpressionKind.DATE).isPresent();
    if (!context && !era && t.isDigits(k) && MODIFIER_YEAR_LEADS.contains(t.w(k - 1)) && year.get().value() >= 1900
        && year.get().value() <= 2100 && followedByNoun(t, year.get().end())) {
      return Optional.of(DateParse.of(i, year.get().end(), new DateSpec.Fixed(Interval.year(year.get().value()))));
    }
    boolean words = !t.isDigits(k);
    if (!context || (words && k == i && !t.is(i - 1, "in") && !t.is(i - 1, "of"))
        || (!era && followedByNoun(t, year.get().end()))) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, year.get().end(), new DateSpec.Fixed(Interval.year(year.get().value()))));
  }

  /** "the 1990s", "1990s", "the '90s", "the nineties", "the 1800s" (a century), "the 19th century". */
  static Optional<DateParse> decade(Tokens t, int i) {
    int k = t.is(i, "the") ? i + 1 : i;
    if (t.isDigits(k) && t.w(k).length() == 4 && t.w(k).endsWith("0") && t.is(k + 1, "s") && t.tight(k + 1)) {
      int y = Integer.parseInt(t.w(k));
      Interval interval = y % 100 == 0 ? Interval.century(y) : Interval.decade(y);
      return Optional.of(DateParse.of(i, k + 2, new DateSpec.Fixed(interval)));
    }
    if (t.is(k, "'") && t.isDigits(k + 1) && t.w(k + 1).length() == 2 && t.w(k + 1).endsWith("0") && t.is(k + 2, "s")) {
      int y = 1900 + Integer.parseInt(t.w(k + 1));
      return Optional.of(DateParse.of(i, k + 3, new DateSpec.Fixed(Interval.decade(y))));
    }
    if (k > i && DECADE_WORDS.containsKey(t.w(k))) {
      return Optional.of(DateParse.of(i, k + 1, new DateSpec.Fixed(Interval.decade(DECADE_WORDS.get(t.w(k))))));
    }
    Optional<Hit<Integer>> ordinal = k > i ? CalendarWords.ordinal(t, k) : Optional.empty();
    if (ordinal.isPresent() && t.is(ordinal.get().end(), "century") && ordinal.get().value() >= 1
        && ordinal.get().value() <= 99) {
      return Optional.of(DateParse.of(i, ordinal.get().end() + 1,
          new DateSpec.Fixed(Interval.century((ordinal.get().value() - 1) * 100))));
    }
    return Optional.empty();
  }

  /** A month alone: "December", "in August"; "May" and "March" need a capital and a preposition before them. */
  static Optional<DateParse> bareMonth(Tokens t, int i) {
    Optional<Hit<Month>> month = CalendarWords.month(t, i, false);
    if (month.isEmpty() || (Lexicon.ambiguousName(t.w(i)) && !YEAR_CONTEXT.contains(t.w(i - 1)))
        || CalendarWords.day(t, CalendarWords.skip(t, month.get().end(), "the"), false).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, month.get().end(),
        new DateSpec.InMonth(month.get().value(), 0, Optional.empty(), Pick.TENSE, 0)));
  }

  private static Optional<DateParse> fixedDay(int start, int end, int year, Month m, int day) {
    try {
      return Optional.of(DateParse.of(start, end, new DateSpec.Fixed(Interval.day(LocalDate.of(year, m, day)))));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  /** Two digits after a day or month are a year only at the end of the phrase ("14th April 15."). */
  private static boolean twoDigitYear(Tokens t, int k) {
    return t.isDigits(k) && t.w(k).length() == 2 && !t.isDigits(k + 1) && !t.is(k + 1, ":")
        && !(t.isWord(k + 1) && !Lexicon.FUNCTION_WORDS.contains(t.w(k + 1)));
  }

  /** Whether a word that is not a function word follows ("2018 sales"): the number counts something. */
  static boolean followedByNoun(Tokens t, int k) {
    return t.isWord(k) && !Lexicon.FUNCTION_WORDS.contains(t.w(k)) && Lexicon.month(t.w(k)).isEmpty()
        && !t.is(k, "s") && Lexicon.weekday(t.w(k)).isEmpty();
  }
}
