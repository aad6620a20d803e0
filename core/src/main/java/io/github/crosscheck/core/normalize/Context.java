package io.github.crosscheck.core.normalize;

import io.github.crosscheck.core.document.PublicationTime;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a candidate needs to become a value: the reference time, and the tense of the clause around
 * tokens {@code [start, end)} (read lazily, once). A date modifier can point the tense ("by Sunday"
 * looks forward, "since Monday" back). One per region being normalized, {@linkplain #at moved} to
 * each candidate in turn; not shared between threads.
 */
final class Context {
  private final Tokens tokens;
  private final Optional<PublicationTime> reference;
  /** The reference's date, made on first use: every relative date of the region asks for it. */
  private Optional<LocalDate> referenceDate;
  private int start;
  private int end;
  private Direction hint;
  private boolean strongHint;
  private Direction direction;

  Context(Tokens tokens, Optional<PublicationTime> reference) {
    this.tokens = tokens;
    this.reference = reference;
  }

  /** This context, now of the candidate at tokens {@code [start, end)}, with no hint and its tense not yet read. */
  Context at(int start, int end) {
    this.start = start;
    this.end = end;
    this.hint = Direction.NONE;
    this.strongHint = false;
    this.direction = null;
    return this;
  }

  Optional<PublicationTime> reference() {
    return reference;
  }

  Optional<LocalDate> referenceDate() {
    if (referenceDate == null) {
      referenceDate = reference.map(PublicationTime::date);
    }
    return referenceDate;
  }

  /** The direction a date modifier gives ("by", "until": forward; "since": back); {@code strong} for "by". */
  void hint(Direction direction, boolean strong) {
    this.hint = direction;
    this.strongHint = strong && direction != Direction.NONE;
  }

  /**
   * The clause's tense, except that "by" always looks forward (a deadline); other date modifiers
   * ("until" forward, "since" back) decide only when the clause has no cue.
   */
  Direction direction() {
    if (strongHint) {
      return hint;
    }
    if (direction == null) {
      direction = Tense.of(tokens, start, end);
    }
    return direction == Direction.NONE ? hint : direction;
  }
}
