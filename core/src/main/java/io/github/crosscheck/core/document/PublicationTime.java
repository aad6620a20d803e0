package io.github.crosscheck.core.document;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * When a document was published, at the precision its source gives: a calendar date, optionally a
 * local time of day, optionally a zone. It is the reference time every relative expression of the
 * document is resolved against ("Friday", "yesterday", "in less than 48 hours").
 *
 * <p>A document whose publication time is unknown has no {@code PublicationTime} at all (an empty
 * {@code Optional} on {@link Document}); nothing in the library substitutes the system clock.
 * Immutable and thread-safe.
 */
public record PublicationTime(LocalDate date, Optional<LocalTime> time, Optional<ZoneId> zone) {

  public PublicationTime {
    requireNonNull(date, "date");
    requireNonNull(time, "time");
    requireNonNull(zone, "zone");
  }

  /** A publication known to the day, with no time of day and no zone. */
  public static PublicationTime ofDate(LocalDate date) {
    return new PublicationTime(date, Optional.empty(), Optional.empty());
  }

  /** A publication known to the minute in a zone (an offset or a region such as America/New_York). */
  public static PublicationTime of(LocalDateTime dateTime, ZoneId zone) {
    return new PublicationTime(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()), Optional.of(zone));
  }

  /** A publication at a local date and time whose zone is not known. */
  public static PublicationTime ofLocal(LocalDateTime dateTime) {
    return new PublicationTime(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()), Optional.empty());
  }

  /**
   * Parses the forms a sidecar or feed may carry: {@code 2025-01-17},
   * {@code 2025-01-17T11:03:00-05:00}, {@code 2025-01-17T16:03:00Z}, {@code 2025-01-17T11:03}
   * (local, zone unknown) and {@code 2025-01-17T11:03:00-05:00[America/New_York]}.
   *
   * @throws DateTimeException naming the text when it is none of these
   */
  public static PublicationTime parse(String text) {
    requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.length() > 64) {
      throw new DateTimeException("not a publication date (too long): \"" + trimmed.substring(0, 64) + "…\"");
    }
    try {
      if (trimmed.indexOf('T') < 0) {
        return ofDate(LocalDate.parse(trimmed));
      }
      if (trimmed.endsWith("]")) {
        ZonedDateTime zoned = ZonedDateTime.parse(trimmed, DateTimeFormatter.ISO_ZONED_DATE_TIME);
        return of(zoned.toLocalDateTime(), zoned.getZone());
      }
      if (hasOffset(trimmed)) {
        OffsetDateTime offset = OffsetDateTime.parse(trimmed);
        return of(offset.toLocalDateTime(), offset.getOffset());
      }
      return ofLocal(LocalDateTime.parse(trimmed));
    } catch (DateTimeException e) {
      throw new DateTimeException("not a publication date: \"" + trimmed + "\" (" + e.getMessage() + ")", e);
    }
  }

  private static boolean hasOffset(String text) {
    int t = text.indexOf('T');
    String clock = text.substring(t + 1);
    return clock.endsWith("Z") || clock.indexOf('+') >= 0 || clock.indexOf('-') >= 0;
  }

  /**
   * The instant of publication when both time and zone are known. A date-only publication has no
   * instant: callers that need an order use {@link #latestInstant()} or {@link #date()}.
   */
  public Optional<Instant> instant() {
    if (time.isEmpty() || zone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.of(date, time.get(), zone.get()).toInstant());
  }

  /**
   * The latest instant this publication time can denote, used to order updates ("as of" times): the
   * exact instant when known, otherwise the end of the day in the latest zone on Earth (UTC−12).
   */
  public Instant latestInstant() {
    return instant().orElseGet(() -> {
      LocalTime clock = time.orElse(LocalTime.MAX);
      return LocalDateTime.of(date, clock).toInstant(ZoneOffset.ofHours(-12));
    });
  }

  /**
   * The earliest instant this publication time can denote: the exact instant when known, otherwise
   * the start of the day in the earliest zone on Earth (UTC+14).
   */
  public Instant earliestInstant() {
    return instant().orElseGet(() -> {
      LocalTime clock = time.orElse(LocalTime.MIN);
      return LocalDateTime.of(date, clock).toInstant(ZoneOffset.ofHours(14));
    });
  }

  /** The local date and time, when the time of day is known. */
  public Optional<LocalDateTime> localDateTime() {
    return time.map(t -> LocalDateTime.of(date, t));
  }

  /** The ISO-8601 form this value was parsed from (normalized): a date, a local or an offset date-time. */
  @Override
  public String toString() {
    if (time.isEmpty()) {
      return date.toString();
    }
    LocalDateTime local = LocalDateTime.of(date, time.get());
    if (zone.isEmpty()) {
      return local.toString();
    }
    if (zone.get() instanceof ZoneOffset offset) {
      return local.atOffset(offset).toString();
    }
    return ZonedDateTime.of(local, zone.get()).format(DateTimeFormatter.ISO_ZONED_DATE_TIME);
  }
}
