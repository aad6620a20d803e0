package io.github.crosscheck.core.normalize;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * What a date expression says, before it meets a reference time: a fixed period, a unit relative
 * to the reference ("next month"), a weekday, a month-day without a year, a holiday, or one of
 * these shifted or narrowed. {@link #resolve} turns it into days for a reference day and the
 * clause's tense. Implementations are immutable records compared by value.
 */
sealed interface DateSpec {
  int YEARS_WINDOW = 60;
  int MONTHS_WINDOW = 72;

  /** The period named for the reference day and tense; empty when there is none (February 30). */
  Optional<Interval> resolveRaw(LocalDate ref, Direction direction);

  Granularity granularity();

  default Optional<DayOfWeek> weekday() {
    return Optional.empty();
  }

  /** Whether the period does not depend on the reference ("January 19, 2025"). */
  default boolean absolute() {
    return false;
  }

  /** {@link #resolveRaw}, limited to the years 1 to 9999; an impossible date is empty, never an exception. */
  default Optional<Interval> resolve(LocalDate ref, Direction direction) {
    try {
      return resolveRaw(ref, direction).filter(Interval::renderable);
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** A period that needs no reference. */
  record Fixed(Interval interval) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return Optional.of(interval);
    }

    @Override public Granularity granularity() {
      return interval.granularity();
    }

    @Override public boolean absolute() {
      return true;
    }
  }

  /** The reference's own unit moved by {@code offset} units: today, yesterday, next week, last year. */
  record RefUnit(Granularity unit, int offset) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return Optional.of(Interval.unitAfter(ref, unit, offset));
    }

    @Override public Granularity granularity() {
      return unit;
    }
  }

  /** Another spec moved by a signed period: "two days before yesterday", "in 3 months". */
  record Shifted(DateSpec base, Period offset) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return base.resolve(ref, direction).map(i -> i.shift(offset));
    }

    @Override public Granularity granularity() {
      return offset.getDays() != 0 ? Granularity.DAY : base.granularity();
    }

    @Override public boolean absolute() {
      return base.absolute();
    }
  }

  /** Another spec read at a later (or earlier) reference: "Thanksgiving in a year", "March in 1 year". */
  record AtShiftedReference(DateSpec base, Period shift) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return base.resolve(ref.plus(shift), direction);
    }

    @Override public Granularity granularity() {
      return base.granularity();
    }
  }

  /** A weekday chosen by the tense: on or before the reference in the past, else on or after it. */
  record WeekdayByTense(DayOfWeek day) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      LocalDate d = direction == Direction.PAST
          ? ref.with(TemporalAdjusters.previousOrSame(day))
          : ref.with(TemporalAdjusters.nextOrSame(day));
      return Optional.of(Interval.day(d));
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override public Optional<DayOfWeek> weekday() {
      return Optional.of(day);
    }
  }

  /** A weekday of the reference's calendar week moved by {@code weeks}: "this Friday", "next Friday", "Tuesday of last week". */
  record WeekdayInWeek(DayOfWeek day, int weeks) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return Optional.of(Interval.day(monday.plusWeeks(weeks).plusDays(day.getValue() - 1L)));
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override public Optional<DayOfWeek> weekday() {
      return Optional.of(day);
    }
  }

  /** The {@code |count|}-th weekday strictly after (count &gt; 0) or before (count &lt; 0) an anchor: "3 Fridays from now". */
  record WeekdayFrom(DateSpec anchor, DayOfWeek day, int count) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return anchor.resolve(ref, direction).map(a -> Interval.day(count > 0
          ? a.last().with(TemporalAdjusters.next(day)).plusWeeks(count - 1L)
          : a.first().with(TemporalAdjusters.previous(day)).minusWeeks(-count - 1L)));
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override public Optional<DayOfWeek> weekday() {
      return Optional.of(day);
    }

    @Override public boolean absolute() {
      return anchor.absolute();
    }
  }

  /** A month, or a day of a month, without a year: "March", "January 19", "Jul 18, Fri". */
  record InMonth(Month month, int day, Optional<DayOfWeek> check, Pick pick, int yearOffset) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      // A printed weekday picks between the years around the reference ("Monday, January 20" read
      // in January 2025 is 2025, whatever the clause's tense). When no year next to the reference
      // fits, the weekday is wrong, not the year: the date is read without it, so a rule can say so.
      if (check.isPresent() && day > 0 && pick == Pick.TENSE) {
        Optional<Interval> fitting = Optional.empty();
        for (int year = ref.getYear() + yearOffset - 1; year <= ref.getYear() + yearOffset + 1; year++) {
          Optional<Interval> candidate = inYear(year);
          if (candidate.isPresent() && (fitting.isEmpty()
              || candidate.get().distanceTo(ref) < fitting.get().distanceTo(ref))) {
            fitting = candidate;
          }
        }
        if (fitting.isPresent()) {
          return fitting;
        }
        return new InMonth(month, day, Optional.empty(), pick, yearOffset).resolveRaw(ref, direction);
      }
      return Occurrences.pick(this::inYear, ref.getYear() + yearOffset, YEARS_WINDOW, ref, pick, direction);
    }

    private Optional<Interval> inYear(int year) {
      YearMonth ym = YearMonth.of(year, month);
      if (day == 0) {
        return Optional.of(Interval.month(ym));
      }
      if (!ym.isValidDay(day)) {
        return Optional.empty();
      }
      LocalDate d = ym.atDay(day);
      return check.isEmpty() || check.get() == d.getDayOfWeek() ? Optional.of(Interval.day(d)) : Optional.empty();
    }

    @Override public Granularity granularity() {
      return day == 0 ? Granularity.MONTH : Granularity.DAY;
    }

    @Override public Optional<DayOfWeek> weekday() {
      return check;
    }
  }

  /** A day of an unnamed month: "Thursday the 21st", "on the first". */
  record DayOfMonth(int day, Optional<DayOfWeek> check, Pick pick) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      int center = ref.getYear() * 12 + ref.getMonthValue() - 1;
      return Occurrences.pick(this::inMonth, center, MONTHS_WINDOW, ref, pick, direction);
    }

    private Optional<Interval> inMonth(int index) {
      YearMonth ym = YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
      if (!ym.isValidDay(day)) {
        return Optional.empty();
      }
      LocalDate d = ym.atDay(day);
      return check.isEmpty() || check.get() == d.getDayOfWeek() ? Optional.of(Interval.day(d)) : Optional.empty();
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override public Optional<DayOfWeek> weekday() {
      return check;
    }
  }

  /** The n-th weekday of a period, counted from its end when n &lt; 0: "the first Friday of this month". */
  record NthWeekday(DateSpec period, DayOfWeek day, int n) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return period.resolve(ref, direction).flatMap(p -> {
        LocalDate d = n > 0
            ? p.first().with(TemporalAdjusters.nextOrSame(day)).plusWeeks(n - 1L)
            : p.last().with(TemporalAdjusters.previousOrSame(day)).minusWeeks(-n - 1L);
        return p.contains(d) ? Optional.of(Interval.day(d)) : Optional.empty();
      });
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override public Optional<DayOfWeek> weekday() {
      return Optional.of(day);
    }

    @Override public boolean absolute() {
      return period.absolute();
    }
  }

  /** The n-th day of a period, counted from its end when n &lt; 0: "the 20th of next month", "the last day of May". */
  record NthDay(DateSpec period, int n) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return period.resolve(ref, direction).flatMap(p -> {
        LocalDate d = n > 0 ? p.first().plusDays(n - 1L) : p.last().plusDays(n + 1L);
        return p.contains(d) ? Optional.of(Interval.day(d)) : Optional.empty();
      });
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }

    @Override public boolean absolute() {
      return period.absolute();
    }
  }

  /** A holiday without a year, or in a year relative to the reference: "Easter", "last Thanksgiving". */
  record HolidayOn(Holiday holiday, Pick pick, int yearOffset) implements DateSpec {
    /** With no tense cue a holiday is the next one, as a named weekday is. */
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      Direction d = direction == Direction.NONE ? Direction.FUTURE : direction;
      return Occurrences.pick(holiday::in, ref.getYear() + yearOffset, YEARS_WINDOW, ref, pick, d);
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** Saturday and Sunday of the reference's calendar week moved by {@code weeks}: "this weekend". */
  record Weekend(int weeks) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate saturday = monday.plusWeeks(weeks).plusDays(5);
      return Optional.of(new Interval(saturday, saturday.plusDays(1), Granularity.DAY));
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** The days a clock offset from an unknown time of the reference day can fall on: "in 5 hours" is today or tomorrow. */
  record WithinHours(java.time.Duration offset) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      long hours = offset.toHours();
      long low = Math.floorDiv(hours, 24);
      long high = Math.floorDiv(hours + 23 + (offset.toMinutesPart() > 0 ? 1 : 0), 24);
      return Optional.of(new Interval(ref.plusDays(low), ref.plusDays(Math.max(low, high)), Granularity.DAY));
    }

    @Override public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** A quarter of a year that the text does not name: "the fourth quarter", "Q3". */
  record QuarterOf(int quarter, Pick pick, int yearOffset) implements DateSpec {
    @Override public Optional<Interval> resolveRaw(LocalDate ref, Direction direction) {
      return Occurrences.pick(y -> Optional.of(Interval.quarter(y, quarter)), ref.getYear() + yearOffset,
          YEARS_WINDOW, ref, pick, direction);
    }

    @Override public Granularity granularity() {
      return Granularity.QUARTER;
    }
  }
}
