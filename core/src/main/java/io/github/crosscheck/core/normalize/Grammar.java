package io.github.crosscheck.core.normalize;

import java.util.List;
import java.util.Set;

/** One family of expressions (dates, clock times, durations, quantities). Implementations are stateless. */
interface Grammar {

  /** Adds every expression of this family that starts at token {@code i}. */
  void candidates(Tokens tokens, int i, List<Candidate> out);

  /** Lower-cased words that can start such an expression (digits and symbols always trigger). */
  Set<String> triggers();
}
