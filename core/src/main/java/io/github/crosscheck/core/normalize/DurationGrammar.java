package io.github.crosscheck.core.normalize;

import java.util.List;
import java.util.Set;

/** Placeholder. */
final class DurationGrammar implements Grammar {
  @Override
  public void candidates(Tokens tokens, int i, List<Candidate> out) {}

  @Override
  public Set<String> triggers() {
    return Set.of();
  }
}
