package io.github.crosscheck.core.normalize;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * All date forms at a token, longest first: {@link #core} reads plain dates (absolute, relative,
 * weekdays, holidays), {@link #parse} also parts of periods ("early next year") and offsets ("3
 * days ago", "two weeks from next Tuesday"). Stateless.
 */
final class DateParser {
  private static final List<BiFunction<Tokens, Integer, Optional<DateParse>>> CORE = List.of(
      NumericDates::parse, NumericDates::mixed, AbsoluteDates::monthFirst, AbsoluteDates::dayFirst,
      AbsoluteDates::yearFirst, AbsoluteDates::weekdayDay, AbsoluteDates::year, AbsoluteDates::decade,
      AbsoluteDates::bareMonth, RelativeDates::day, RelativeDates::unit, RelativeDates::month,
      RelativeDates::earlierLater, WeekdayDates::parse, WeekdayDates::nthWeekday, WeekdayDates::nthDay,
      HolidayDates::parse, QuarterDates::parse, WeekdayDates::theNth, DateParser::weekdayThenDate);
  private static final List<BiFunction<Tokens, Integer, Optional<DateParse>>> FULL = List.of(
      DateParser::core, RelativeDates::part, RelativeDates::dayPart, OffsetDates::parse);
  private static final PhraseTable<Boolean> WEEKDAY_LEAD = PhraseTable.<Boolean>builder()
      .add("this", true).add("next", true).add("last", true).build();

  private DateParser() {}

  /** The longest plain date at {@code i} (no offset, no part), usable as an offset's anchor. */
  static Optional<DateParse> core(Tokens t, int i) {
    return t.memo(0, i, DateParser::longestCore);
  }

  /** The longest date expression of any form at {@code i}. */
  static Optional<DateParse> parse(Tokens t, int i) {
    return t.memo(1, i, DateParser::longestFull);
  }

  private static Optional<DateParse> longestCore(Tokens t, int i) {
    return longest(CORE, t, i);
  }

  private static Optional<DateParse> longestFull(Tokens t, int i) {
    return longest(FULL, t, i);
  }

  private static Optional<DateParse> longest(List<BiFunction<Tokens, Integer, Optional<DateParse>>> parsers, Tokens t,
      int i) {
    DateParse best = null;
    for (int k = 0; k < parsers.size(); k++) { // indexed: no iterator per token
      Optional<DateParse> p = parsers.get(k).apply(t, i);
      if (p.isPresent() && (best == null || p.get().end() > best.end())) {
        best = p.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Sun, Mar. 6, 2016", "Tuesday 11/3/2015", "this Friday-Jun-15": a weekday before a full date names nothing more. */
  private static Optional<DateParse> weekdayThenDate(Tokens t, int i) {
    int k = WEEKDAY_LEAD.longest(t, i).map(Hit::end).orElse(i);
    Optional<Hit<java.time.DayOfWeek>> day = CalendarWords.weekday(t, k, true);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    int j = CalendarWords.skip(t, day.get().end(), ",", "-", ".");
    return NumericDates.parse(t, j).or(() -> NumericDates.mixed(t, j))
        .or(() -> AbsoluteDates.monthFirst(t, j)).or(() -> AbsoluteDates.dayFirst(t, j))
        .filter(p -> p.spec().granularity() == Granularity.DAY)
        .map(p -> p.spec() instanceof DateSpec.InMonth m && m.check().isEmpty()
            ? new DateParse(i, p.end(), new DateSpec.InMonth(m.month(), m.day(), Optional.of(day.get().value()),
                m.pick(), m.yearOffset()), p.part(), p.offset(), p.modifier())
            : p.from(i));
  }
}
