package io.github.crosscheck.rules;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The days a date names, as the closed range a check compares, with one shared instance for each
 * single day from year {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Most dated claims name one day,
 * and a check of a large archive holds hundreds of thousands of events; each would otherwise carry
 * its own copy of the same four objects (the optional, the range and its two bounds). The values are
 * immutable, so sharing them changes nothing but memory. Safe to use from any thread: a year's days
 * are made on first use, and two threads racing make equal values.
 */
public final class DayRanges {
  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 2999;

  /** Per year, per day of the year (0-based), the shared single-day range; filled on first use. */
  private static final AtomicReferenceArray<AtomicReferenceArray<Optional<Range<LocalDate>>>> SINGLE_DAYS =
      new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  private DayRanges() {}

  /** The closed range {@code [first, last]}; a single day of the covered years is a shared instance. */
  public static Optional<Range<LocalDate>> closed(LocalDate first, LocalDate last) {
    if (!first.equals(last) || first.getYear() < FIRST_YEAR || first.getYear() > LAST_YEAR) {
      return Optional.of(Range.closed(first, last));
    }
    int year = first.getYear() - FIRST_YEAR;
    AtomicReferenceArray<Optional<Range<LocalDate>>> days = SINGLE_DAYS.get(year);
    if (days == null) {
      SINGLE_DAYS.compareAndSet(year, null, new AtomicReferenceArray<>(366));
      days = SINGLE_DAYS.get(year);
    }
    int day = first.getDayOfYear() - 1;
    Optional<Range<LocalDate>> shared = days.get(day);
    if (shared == null) {
      shared = Optional.of(Range.closed(first, first));
      days.set(day, shared);
    }
    return shared;
  }
}
