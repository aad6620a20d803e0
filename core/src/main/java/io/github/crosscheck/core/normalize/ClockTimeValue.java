package io.github.crosscheck.core.normalize;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A clock time as written ("8 a.m. Eastern time", "1200 GMT", "11:03 a.m."), with its zone when
 * the text names one (America/New_York for "Eastern", UTC for "GMT"; empty for "local time") and
 * its date when the text or the reference gives one. Immutable and thread-safe.
 */
public record ClockTimeValue(LocalTime time, Optional<ZoneId> zone, Optional<LocalDate> date, Modifier modifier)
    implements NormalizedValue {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  public ClockTimeValue {
    requireNonNull(time, "time");
    requireNonNull(zone, "zone");
    requireNonNull(date, "date");
    requireNonNull(modifier, "modifier");
  }

  /**
   * The instant, when both the date and the zone are known. Daylight saving time follows the zone's
   * rules for that date (Eastern is UTC−5 in January, UTC−4 in September); a local time skipped by a
   * spring-forward gap moves forward by the gap, an ambiguous one takes the earlier offset.
   */
  public Optional<Instant> instant() {
    if (date.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.of(date.get(), time, zone.get()).toInstant());
  }

  /** The local date and time, when the date is known. */
  public Optional<LocalDateTime> localDateTime() {
    return date.map(d -> LocalDateTime.of(d, time));
  }

  /** {@code 2025-01-19T15:00} with a date, {@code T15:00} without (minute precision, in the stated zone). */
  @Override
  public Optional<String> canonical() {
    String clock = "T" + time.format(MINUTES);
    return Optional.of(date.map(d -> d + clock).orElse(clock));
  }
}
