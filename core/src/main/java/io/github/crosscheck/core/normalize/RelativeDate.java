package io.github.crosscheck.core.normalize;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.document.PublicationTime;
import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Optional;

/**
 * What a relative date expression said ("on Friday", "yesterday", "early next year", "March"),
 * kept so that it can be resolved once a reference time is known: the unit it names, its weekday
 * if any, the part of the period, and the tense of its clause. Compared by value; immutable and
 * thread-safe. Instances come from the normalizer only.
 */
public final class RelativeDate {
  private final DateSpec spec;
  private final Direction direction;
  private final DatePart part;

  RelativeDate(DateSpec spec, Direction direction, DatePart part) {
    this.spec = requireNonNull(spec, "spec");
    this.direction = requireNonNull(direction, "direction");
    this.part = requireNonNull(part, "part");
  }

  /** The calendar unit the expression names: DAY for "Friday", YEAR for "next year". */
  public Granularity granularity() {
    return spec.granularity();
  }

  /** The weekday the expression names, if any ("on Friday", "Friday the 13th"). */
  public Optional<DayOfWeek> weekday() {
    return spec.weekday();
  }

  public DatePart part() {
    return part;
  }

  /** Whether the clause's tense points back ("said on Friday"). */
  public boolean past() {
    return direction == Direction.PAST;
  }

  /** Whether the clause's tense points forward ("takes effect on Sunday"). */
  public boolean future() {
    return direction == Direction.FUTURE;
  }

  /** The period for a reference time, read in the reference's own calendar date. */
  Optional<DateValue> resolve(PublicationTime reference, Modifier modifier) {
    return spec.resolve(reference.date(), direction).map(i -> i.toValue(part, modifier));
  }

  DateSpec spec() {
    return spec;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RelativeDate r && r.spec.equals(spec) && r.direction == direction && r.part == part;
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec, direction, part);
  }

  @Override
  public String toString() {
    return "RelativeDate[" + spec + ", " + direction + ", " + part + "]";
  }
}
