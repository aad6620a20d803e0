package io.github.crosscheck.core.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * A resolved calendar date or period: the closed interval {@code [first, last]} of days, the unit
 * it was stated in, which part of it the text names ("early", "mid", "late") and a modifier
 * ("before", "since"). "January 2025" is [Jan 1, Jan 31] with granularity MONTH. Immutable.
 */
public record DateValue(LocalDate first, LocalDate last, Granularity granularity, DatePart part, Modifier modifier)
    implements NormalizedValue {

  public DateValue {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    requireNonNull(granularity, "granularity");
    requireNonNull(part, "part");
    requireNonNull(modifier, "modifier");
    checkArgument(!last.isBefore(first), "date interval ends (%s) before it starts (%s)", last, first);
  }

  /** One exact day. */
  public static DateValue day(LocalDate day) {
    return new DateValue(day, day, Granularity.DAY, DatePart.WHOLE, Modifier.EXACT);
  }

  /** The days the text names: {@code [first, last]}, narrowed to its first, middle or last third by the part. */
  public Range<LocalDate> range() {
    return Range.closed(firstNamedDay(), lastNamedDay());
  }

  /** The first day of {@link #range()}, without building the range. */
  public LocalDate firstNamedDay() {
    long third = third();
    return third == 0 ? first : switch (part) {
      case WHOLE, EARLY -> first;
      case MID -> first.plusDays(third);
      case LATE -> last.minusDays(third - 1);
    };
  }

  /** The last day of {@link #range()}, without building the range. */
  public LocalDate lastNamedDay() {
    long third = third();
    return third == 0 ? last : switch (part) {
      case WHOLE, LATE -> last;
      case EARLY -> first.plusDays(third - 1);
      case MID -> last.minusDays(third);
    };
  }

  /** A third of the days, or 0 when the value names them all (a short span, or no part). */
  private long third() {
    return part == DatePart.WHOLE ? 0 : (ChronoUnit.DAYS.between(first, last) + 1) / 3;
  }

  /**
   * The days the statement allows once its modifier is applied: "before" is every day before the
   * range, "by" and "until" every day up to its end, "after" every day after it, "since" every day
   * from its start; any other modifier leaves {@link #range()} as it is.
   */
  public Range<LocalDate> bounds() {
    Range<LocalDate> r = range();
    return switch (modifier) {
      case BEFORE -> Range.lessThan(r.lowerEndpoint());
      case BY, UNTIL -> Range.atMost(r.upperEndpoint());
      case AFTER -> Range.greaterThan(r.upperEndpoint());
      case SINCE -> Range.atLeast(r.lowerEndpoint());
      default -> r;
    };
  }

  /**
   * {@code 2025-01-19}, {@code 2025-01}, {@code 2025}; a week is {@code 2025-W03}, a quarter
   * {@code 2025-Q1}, a decade {@code 199X}, a century {@code 19XX}; any other interval is
   * {@code first/last}. The part and the modifier are not rendered.
   */
  @Override
  public Optional<String> canonical() {
    if (isWhole()) {
      return Optional.of(switch (granularity) {
        case DAY -> first.toString();
        case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
            first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case MONTH -> first.toString().substring(0, 7);
        case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", first.getYear(), first.get(IsoFields.QUARTER_OF_YEAR));
        case YEAR -> String.format(Locale.ROOT, "%04d", first.getYear());
        case DECADE -> String.format(Locale.ROOT, "%03dX", first.getYear() / 10);
        case CENTURY -> String.format(Locale.ROOT, "%02dXX", first.getYear() / 100);
      });
    }
    return Optional.of(first + "/" + last);
  }

  /** Whether {@code [first, last]} is exactly one unit of the granularity. */
  private boolean isWhole() {
    return switch (granularity) {
      case DAY -> first.equals(last);
      case WEEK -> first.getDayOfWeek() == DayOfWeek.MONDAY && last.equals(first.plusDays(6));
      case MONTH -> first.getDayOfMonth() == 1 && last.equals(first.with(TemporalAdjusters.lastDayOfMonth()));
      case QUARTER -> first.getDayOfMonth() == 1 && (first.getMonthValue() - 1) % 3 == 0
          && last.equals(first.plusMonths(3).minusDays(1));
      case YEAR -> first.getDayOfYear() == 1 && last.equals(first.plusYears(1).minusDays(1));
      case DECADE -> first.getDayOfYear() == 1 && first.getYear() % 10 == 0 && last.equals(first.plusYears(10).minusDays(1));
      case CENTURY -> first.getDayOfYear() == 1 && first.getYear() % 100 == 0
          && last.equals(first.plusYears(100).minusDays(1));
    };
  }

  /** The same period with another modifier. */
  DateValue withModifier(Modifier other) {
    return new DateValue(first, last, granularity, part, other);
  }
}
