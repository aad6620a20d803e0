package io.github.crosscheck.core.normalize.cases;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One benchmark case after normalization: its id, peer and kind, the expected canonical value, the
 * value found (empty when no expression of the kind covers the case's span) and the verdict.
 */
public record CaseOutcome(String id, String peer, String kind, String expected, Optional<String> got, Verdict verdict) {

  /** Whether the case was normalized right, wrong, or missed (no expression of its kind). */
  public enum Verdict { CORRECT, WRONG, MISSED }

  public CaseOutcome {
    requireNonNull(id, "id");
    requireNonNull(peer, "peer");
    requireNonNull(kind, "kind");
    requireNonNull(expected, "expected");
    requireNonNull(got, "got");
    requireNonNull(verdict, "verdict");
  }
}
