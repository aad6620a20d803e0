package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A parse a grammar found at tokens {@code [start, end)}: its kind, how to value it once the
 * reference and the tense are known, and expressions nested in it ("15 years" inside "in 15 years").
 */
record Candidate(int start, int end, ExpressionKind kind, Valuer valuer, ImmutableList<Candidate> nested) {

  /** Computes the value; empty when the text names no valid value (February 30). */
  @FunctionalInterface
  interface Valuer {
    Optional<NormalizedValue> value(Context context);
  }

  /**
   * Adds the candidate to {@code out} if there is one. Grammars run at every token that may start
   * an expression; {@code ifPresent(out::add)} there would allocate a callback each time.
   */
  static void addTo(List<Candidate> out, Optional<Candidate> candidate) {
    if (candidate.isPresent()) {
      out.add(candidate.get());
    }
  }

  static Candidate of(int start, int end, ExpressionKind kind, Valuer valuer) {
    return new Candidate(start, end, kind, valuer, ImmutableList.of());
  }

  Candidate withNested(Candidate inner) {
    return new Candidate(start, end, kind, valuer, ImmutableList.<Candidate>builder().addAll(nested).add(inner).build());
  }

  Candidate from(int newStart, Valuer newValuer) {
    return new Candidate(newStart, end, kind, newValuer, nested);
  }

  Candidate to(int newEnd, Valuer newValuer) {
    return new Candidate(start, newEnd, kind, newValuer, nested);
  }
}
