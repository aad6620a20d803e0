package io.github.crosscheck.core.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * A named day that recurs every year, with the rule that dates it: fixed ("fixed 12-25"), the n-th
 * weekday of a month ("nth 11 THURSDAY 4", optionally "+1" day), relative to Easter ("easter -2"),
 * an Islamic date ("hijri 10 1"), relative to the Hebrew new year ("hebrew 9"), or one of the
 * computed lunar days ("chinese-new-year", "hanukkah", "passover", "diwali"). Immutable.
 */
record Holiday(String name, String rule) {

  /** The holiday in Gregorian {@code year}; empty when the rule cannot date it that year. */
  Optional<Interval> in(int year) {
    if (year < 1583 || year > 9998) {
      return Optional.empty();
    }
    List<String> parts = List.of(rule.split(" "));
    Optional<LocalDate> day = switch (parts.get(0)) {
      case "fixed" -> Optional.of(MonthDay.parse("--" + parts.get(1)).atYear(year));
      case "nth" -> Optional.of(nth(year, parts));
      case "easter" -> Optional.of(Calendars.easter(year).plusDays(Integer.parseInt(parts.get(1))));
      case "hijri" -> Calendars.hijri(year, Integer.parseInt(parts.get(1)), Integer.parseInt(parts.get(2)));
      case "hebrew" -> Optional.of(Calendars.hebrewNewYear(year).plusDays(Integer.parseInt(parts.get(1))));
      case "passover" -> Optional.of(Calendars.hebrewNewYear(year).minusDays(163));
      case "hanukkah" -> Optional.of(Calendars.hanukkah(year));
      case "chinese-new-year" -> Optional.of(Calendars.chineseNewYear(year));
      case "diwali" -> Optional.of(Calendars.diwali(year));
      default -> throw new IllegalStateException("holiday " + name + " has an unknown rule: " + rule);
    };
    return day.map(Interval::day);
  }

  private static LocalDate nth(int year, List<String> parts) {
    int month = Integer.parseInt(parts.get(1));
    DayOfWeek dow = DayOfWeek.valueOf(parts.get(2));
    int n = Integer.parseInt(parts.get(3));
    int shift = parts.size() > 4 ? Integer.parseInt(parts.get(4)) : 0;
    LocalDate first = LocalDate.of(year, month, 1);
    LocalDate d = n > 0
        ? first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow))
        : first.with(TemporalAdjusters.lastInMonth(dow));
    return d.plusDays(shift);
  }
}
