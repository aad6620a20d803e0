package io.github.crosscheck.core.normalize;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.document.PublicationTime;
import java.time.DayOfWeek;
import java.util.Optional;

/**
 * A relative date whose reference time is unknown ("on Friday", "yesterday" in an undated
 * article): it keeps what was parsed and resolves once a reference is supplied. It has no
 * canonical form and never consults the system clock. Immutable and thread-safe.
 */
public record UnresolvedDate(RelativeDate relative, Modifier modifier) implements NormalizedValue {

  public UnresolvedDate {
    requireNonNull(relative, "relative");
    requireNonNull(modifier, "modifier");
  }

  /** The date for a reference time, with this expression's modifier; empty when it names no valid date. */
  public Optional<DateValue> resolve(PublicationTime reference) {
    requireNonNull(reference, "reference");
    return relative.resolve(reference, modifier);
  }

  public Granularity granularity() {
    return relative.granularity();
  }

  public Optional<DayOfWeek> weekday() {
    return relative.weekday();
  }

  public DatePart part() {
    return relative.part();
  }

  /** Always empty: an unresolved date has no value until it meets a reference. */
  @Override
  public Optional<String> canonical() {
    return Optional.empty();
  }
}
