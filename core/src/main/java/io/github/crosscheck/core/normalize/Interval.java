package io.github.crosscheck.core.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A closed range of days and the calendar unit it was named in; the working form of a resolved date. */
record Interval(LocalDate first, LocalDate last, Granularity granularity) {
  static final LocalDate MIN = LocalDate.of(1, 1, 1);
  static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  static Interval day(LocalDate d) {
    return new Interval(d, d, Granularity.DAY);
  }

  static Interval month(YearMonth m) {
    return new Interval(m.atDay(1), m.atEndOfMonth(), Granularity.MONTH);
  }

  static Interval year(int year) {
    return new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
  }

  static Interval decade(int firstYear) {
    return new Interval(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31), Granularity.DECADE);
  }

  static Interval century(int firstYear) {
    return new Interval(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 99, 12, 31), Granularity.CENTURY);
  }

  static Interval quarter(int year, int quarter) {
    LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
    return new Interval(first, first.plusMonths(3).minusDays(1), Granularity.QUARTER);
  }

  /** The unit of the given granularity that contains {@code d} (weeks start on Monday). */
  static Interval unitOf(LocalDate d, Granularity unit) {
    return switch (unit) {
      case DAY -> day(d);
      case WEEK -> {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new Interval(monday, monday.plusDays(6), Granularity.WEEK);
      }
      case MONTH -> month(YearMonth.from(d));
      case QUARTER -> quarter(d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> year(d.getYear());
      case DECADE -> decade(Math.floorDiv(d.getYear(), 10) * 10);
      case CENTURY -> century(Math.floorDiv(d.getYear(), 100) * 100);
    };
  }

  /** The unit {@code n} units after (before, when negative) the one containing {@code d}. */
  static Interval unitAfter(LocalDate d, Granularity unit, long n) {
    LocalDate moved = switch (unit) {
      case DAY -> d.plusDays(n);
      case WEEK -> d.plusWeeks(n);
      case MONTH -> d.plusMonths(n);
      case QUARTER -> d.plusMonths(3 * n);
      case YEAR -> d.plusYears(n);
      case DECADE -> d.plusYears(10 * n);
      case CENTURY -> d.plusYears(100 * n);
    };
    return unitOf(moved, unit);
  }

  /** Both ends moved by the period; a period with days makes the result day-grained. */
  Interval shift(Period p) {
    Granularity g = p.getDays() != 0 || granularity == Granularity.WEEK ? Granularity.DAY : granularity;
    if (granularity == Granularity.DAY || g == Granularity.DAY) {
      return new Interval(first.plus(p), last.plus(p), Granularity.DAY);
    }
    return unitOf(first.plus(p), granularity);
  }

  boolean contains(LocalDate d) {
    return !d.isBefore(first) && !d.isAfter(last);
  }

  /** Days from the interval to {@code d}; 0 when it contains it. */
  long distanceTo(LocalDate d) {
    if (d.isBefore(first)) {
      return ChronoUnit.DAYS.between(d, first);
    }
    return d.isAfter(last) ? ChronoUnit.DAYS.between(last, d) : 0;
  }

  /** Whether it lies within years 1 to 9999, the range canonical dates can render. */
  boolean renderable() {
    return !first.isBefore(MIN) && !last.isAfter(MAX);
  }

  DateValue toValue(DatePart part, Modifier modifier) {
    return new DateValue(first, last, granularity, part, modifier);
  }
}
