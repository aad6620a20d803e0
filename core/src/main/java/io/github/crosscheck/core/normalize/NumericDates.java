package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.text.ReusedMatcher;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with digits: "2025-01-17", "2016 10 16", "20170302", "1/17/25" (month first
 * unless the first number exceeds 12: "21/04/16"), "13.5.2015", "9/2012", "2016-11", "2015.3",
 * mixed with month names ("2019-aug-1", "05-Aug-2016", "23-2020-September"), and a month/day
 * without a year where the context says it is a date ("on 3/4", "2 / 15"; a bare "3/4" is a
 * fraction). Stateless.
 */
final class NumericDates {
  private static final String YEAR = "(?<y>[12]\\d{3})";
  private static final String A = "(?<a>\\d{1,2})";
  private static final String B = "(?<b>\\d{1,2})";
  private static final String SEP = "(?<s>[-/.])";
  private static final String GAP = "\\x20?";
  /** Year first: "2025-01-17", "2015.5.13", "2024/13/1" (day before month when the month would exceed 12). */
  private static final ReusedMatcher YEAR_FIRST = new ReusedMatcher(
      Pattern.compile(YEAR + SEP + A + "\\k<s>" + B + "(?![\\d])"));
  /** Year first with single spaces: "2016 10 16". */
  private static final ReusedMatcher YEAR_FIRST_SPACED = new ReusedMatcher(
      Pattern.compile(YEAR + "\\x20" + A + "\\x20" + B + "(?![\\d:.])"));
  /** Month (or day) first, then the year: "1/17/25", "21/04/16", "13.5.2015", "08/12,15". */
  private static final ReusedMatcher YEAR_LAST = new ReusedMatcher(
      Pattern.compile(A + SEP + B + "(?:\\k<s>|,)(?<y>\\d{4}|\\d{2})(?![\\d])"));
  /** Eight digits: "20170302". */
  private static final ReusedMatcher COMPACT = new ReusedMatcher(
      Pattern.compile("(?<y>(?:19|20)\\d{2})(?<a>0[1-9]|1[0-2])(?<b>[0-3]\\d)(?!\\d)"));
  /** Month and year: "9/2012", "12-2015", "11 - 2016". */
  private static final ReusedMatcher MONTH_YEAR = new ReusedMatcher(
      Pattern.compile(A + GAP + "[-/]" + GAP + YEAR + "(?![\\d/-])"));
  /** Year and month: "2016-11", "2016/ 11", "2015.3". */
  private static final ReusedMatcher YEAR_MONTH = new ReusedMatcher(
      Pattern.compile(YEAR + "(?:" + GAP + "[-/]" + GAP + "|\\.)" + A
      + "(?![\\d/.-]|\\.\\d)"));
  /** Month and day, no year: "3/4", "2 / 15", "4-25". */
  private static final ReusedMatcher MONTH_DAY = new ReusedMatcher(
      Pattern.compile(A + "(?<g>" + GAP + ")(?<s>[/-])\\k<g>" + B + "(?![\\d/])"));

  /** Words after which a bare month/day is a date. */
  private static final ImmutableSet<String> CONTEXT = ImmutableSet.of("on", "by", "since", "until", "till", "from",
      "before", "after", "through", "of", "starting", "effective", "dated", "date", "deadline", "due", "for");

  private NumericDates() {}

  static Optional<DateParse> parse(Tokens t, int i) {
    if (!t.isDigits(i) || (t.is(i - 1, ".") && t.tight(i) && t.isDigits(i - 2))) {
      return Optional.empty();
    }
    // Every pattern opens with a digit run of a fixed length (a year of four, a month or day of one
    // or two, eight for "20170302"), and all but the eight-digit one go on with a separator or a
    // space: other numbers, most of them, are never handed to a matcher.
    String text = t.text();
    int digits = Numerals.digitRun(text, t.start(i), 9);
    if (digits == 8) {
      return compact(t, i);
    }
    if (!separatorFollows(text, t.start(i) + digits)) {
      return Optional.empty();
    }
    Optional<DateParse> parse = Optional.empty();
    if (digits == 4 && (text.charAt(t.start(i)) == '1' || text.charAt(t.start(i)) == '2')) {
      parse = day(t, i, YEAR_FIRST, false);
      parse = parse.isPresent() ? parse : day(t, i, YEAR_FIRST_SPACED, false);
      parse = parse.isPresent() ? parse : month(t, i, YEAR_MONTH);
    } else if (digits <= 2) {
      parse = day(t, i, YEAR_LAST, true);
      parse = parse.isPresent() ? parse : month(t, i, MONTH_YEAR);
      parse = parse.isPresent() ? parse : monthDay(t, i);
    }
    return parse;
  }

  /** Whether a separator (- / .) follows at {@code at}, or a space before one or before a digit ("2016 10 16"). */
  private static boolean separatorFollows(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    if (c == '-' || c == '/' || c == '.') {
      return true;
    }
    if (c != ' ' || at + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(at + 1);
    return next == '-' || next == '/' || next >= '0' && next <= '9';
  }

  private static Matcher at(Tokens t, int i, ReusedMatcher p) {
    return p.on(t.text(), t.start(i), Math.min(t.text().length(), t.start(i) + 40));
  }

  private static Optional<DateParse> day(Tokens t, int i, ReusedMatcher p, boolean yearLast) {
    Matcher m = at(t, i, p);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    String y = m.group("y");
    int year = y.length() == 2 ? Years.twoDigit(Integer.parseInt(y)) : Integer.parseInt(y);
    boolean swap = yearLast ? a > 12 : a > 12 && b <= 12;
    return fixed(t, i, m.end(), year, swap ? b : a, swap ? a : b);
  }

  private static Optional<DateParse> compact(Tokens t, int i) {
    // "20250117" is a date, but "19011129 ballots" counts ballots.
    if (t.w(i).length() != 8 || AbsoluteDates.followedByNoun(t, i + 1)) {
      return Optional.empty();
    }
    Matcher m = at(t, i, COMPACT);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return fixed(t, i, m.end(), Integer.parseInt(m.group("y")), Integer.parseInt(m.group("a")),
        Integer.parseInt(m.group("b")));
  }

  private static Optional<DateParse> fixed(Tokens t, int i, int charEnd, int year, int month, int day) {
    int end = Numerals.tokenEnding(t, i, charEnd);
    if (end < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(DateParse.of(i, end, new DateSpec.Fixed(Interval.day(LocalDate.of(year, month, day)))));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  private static Optional<DateParse> month(Tokens t, int i, ReusedMatcher p) {
    Matcher m = at(t, i, p);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group("a"));
    int end = Numerals.tokenEnding(t, i, m.end());
    if (month < 1 || month > 12 || end < 0) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y")), month);
    return Optional.of(DateParse.of(i, end, new DateSpec.Fixed(Interval.month(ym))));
  }

  private static Optional<DateParse> monthDay(Tokens t, int i) {
    Matcher m = at(t, i, MONTH_DAY);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group("a"));
    int day = Integer.parseInt(m.group("b"));
    int end = Numerals.tokenEnding(t, i, m.end());
    boolean spacedSlash = !m.group("g").isEmpty() && m.group("s").equals("/");
    boolean context = CONTEXT.contains(t.w(i - 1)) || Lexicon.weekday(t.w(i - 1)).isPresent()
        || Lexicon.weekday(t.w(i - 2)).isPresent() || t.is(end, "at") || t.is(end, "@");
    if (end < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()
        || !(spacedSlash || context)) {
      return Optional.empty();
    }
    return Optional.of(DateParse.of(i, end, new DateSpec.InMonth(Month.of(month), day, Optional.empty(), Pick.TENSE, 0)));
  }

  /** "2019-aug-1", "2020/Sep/23", "05-Aug-2016", "August/10/2012", "23-2020-September": a month name, a day and a year. */
  static Optional<DateParse> mixed(Tokens t, int i) {
    if (!t.isSymbol(i + 1)) {
      return Optional.empty(); // no separator: and the word or number there need not be copied
    }
    String sep = t.w(i + 1);
    if (!(sep.equals("-") || sep.equals("/")) || !t.tight(i + 1) || !t.tight(i + 2) || !t.is(i + 3, sep)
        || !t.tight(i + 3) || !t.tight(i + 4)) {
      return Optional.empty();
    }
    Month month = null;
    int year = -1;
    int day = -1;
    for (int k = i; k <= i + 4; k += 2) {
      Optional<Month> m = Lexicon.month(t.w(k));
      if (m.isPresent() && month == null) {
        month = m.get();
      } else if (t.isDigits(k) && t.w(k).length() == 4 && year < 0) {
        year = Integer.parseInt(t.w(k));
      } else if (t.isDigits(k) && t.w(k).length() <= 2 && day < 0) {
        day = Integer.parseInt(t.w(k));
      } else {
        return Optional.empty();
      }
    }
    if (month == null || year < 0 || day < 0) {
      return Optional.empty();
    }
    return fixed(t, i, t.end(i + 4), year, month.getValue(), day);
  }
}
