package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import java.util.List;
import java.util.Optional;

/**
 * One thing a rule found: its verdict, how confident it is (0 to 1; hedged, quoted, threatened or
 * planned claims and less reliable sources lower it, but never hide the finding), the claims on
 * every side with their evidence, the event it concerns when there is one, and an explanation in
 * words a journalist reads. The id is stable: the rule and the claim ids. Immutable.
 */
public record Finding(
    String id,
    String rule,
    Verdict verdict,
    double confidence,
    ImmutableList<Claim> claims,
    Optional<String> event,
    String explanation) {

  public Finding {
    requireNonNull(id, "id");
    requireNonNull(rule, "rule");
    requireNonNull(verdict, "verdict");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], got %s", confidence);
    requireNonNull(claims, "claims");
    checkArgument(!claims.isEmpty(), "a finding cites at least one claim");
    requireNonNull(event, "event");
    requireNonNull(explanation, "explanation");
  }

  /** A finding whose id is derived from the rule and the cited claims. */
  public static Finding of(String rule, Verdict verdict, double confidence, ImmutableList<Claim> claims,
      Optional<String> event, String explanation) {
    return new Finding(idOf(rule, claims), rule, verdict, confidence, claims, event, explanation);
  }

  /** The rule and the cited claims' ids in order, joined by {@code +}: {@code rule:a+b}. */
  private static String idOf(String rule, List<Claim> claims) {
    if (claims.size() == 1) {
      return rule + ":" + claims.get(0).id();
    }
    if (claims.size() == 2) {
      // Most findings cite two claims: their ids are put in order without a stream.
      String a = claims.get(0).id();
      String b = claims.get(1).id();
      return a.compareTo(b) <= 0 ? rule + ":" + a + "+" + b : rule + ":" + b + "+" + a;
    }
    return rule + ":" + String.join("+", claims.stream().map(Claim::id).sorted().toList());
  }

  /** The same finding with another verdict and explanation (a downgrade keeps the claims). */
  public Finding withVerdict(Verdict other, String newExplanation) {
    return new Finding(id, rule, other, confidence, claims, event, newExplanation);
  }

  /** The same finding about the event under another id. */
  public Finding withEvent(String other) {
    return new Finding(id, rule, verdict, confidence, claims, Optional.of(other), explanation);
  }

  /** The same finding with another confidence. */
  public Finding withConfidence(double other) {
    return new Finding(id, rule, verdict, Math.max(0, Math.min(1, other)), claims, event, explanation);
  }

  /** The ids of the cited claims. */
  public ImmutableList<String> claimIds() {
    return claims.stream().map(Claim::id).collect(ImmutableList.toImmutableList());
  }
}
