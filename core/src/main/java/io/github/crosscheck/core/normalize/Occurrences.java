package io.github.crosscheck.core.normalize;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Chooses one occurrence of a recurring date: occurrences are numbered (by year, or by month) and
 * looked up by number; the choice follows the {@link Pick} and, for {@code TENSE}, the direction.
 * Past tense takes the latest occurrence that has begun by the reference, future tense the earliest
 * that has not ended, and no cue the nearest one (ties go forward).
 */
final class Occurrences {
  private Occurrences() {}

  static Optional<Interval> pick(IntFunction<Optional<Interval>> at, int center, int window, LocalDate ref,
      Pick pick, Direction direction) {
    return switch (pick) {
      case THIS -> at.apply(center);
      case NEXT -> forward(at, center, window, i -> i.first().isAfter(ref));
      case LAST -> backward(at, center, window, i -> i.last().isBefore(ref));
      case COMING -> forward(at, center, window, i -> !i.last().isBefore(ref));
      case TENSE -> byTense(at, center, window, ref, direction);
    };
  }

  private static Optional<Interval> byTense(IntFunction<Optional<Interval>> at, int center, int window, LocalDate ref,
      Direction direction) {
    Optional<Interval> past = backward(at, center, window, i -> !i.first().isAfter(ref));
    if (direction == Direction.PAST) {
      return past;
    }
    Optional<Interval> future = forward(at, center, window, i -> !i.last().isBefore(ref));
    if (direction == Direction.FUTURE || past.isEmpty()) {
      return future;
    }
    if (future.isEmpty() || past.get().contains(ref)) {
      return past;
    }
    return past.get().distanceTo(ref) < future.get().distanceTo(ref) ? past : future;
  }

  private static Optional<Interval> forward(IntFunction<Optional<Interval>> at, int center, int window,
      java.util.function.Predicate<Interval> ok) {
    for (int k = center - 1; k <= center + window; k++) {
      Optional<Interval> candidate = at.apply(k);
      if (candidate.isPresent() && ok.test(candidate.get())) {
        return candidate;
      }
    }
    return Optional.empty();
  }

  private static Optional<Interval> backward(IntFunction<Optional<Interval>> at, int center, int window,
      java.util.function.Predicate<Interval> ok) {
    for (int k = center + 1; k >= center - window; k--) {
      Optional<Interval> candidate = at.apply(k);
      if (candidate.isPresent() && ok.test(candidate.get())) {
        return candidate;
      }
    }
    return Optional.empty();
  }
}
