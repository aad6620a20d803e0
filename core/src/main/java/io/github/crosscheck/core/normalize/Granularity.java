package io.github.crosscheck.core.normalize;

/**
 * The calendar unit a {@link DateValue} was stated in: "January 19" is a {@code DAY}, "last week"
 * a {@code WEEK} (Monday to Sunday), "January 2025" a {@code MONTH}, "the 1990s" a {@code DECADE}.
 */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR,
  DECADE,
  CENTURY
}
