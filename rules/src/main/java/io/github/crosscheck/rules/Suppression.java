package io.github.crosscheck.rules;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Silences findings an editor has reviewed: by rule, by subject (the key shown in reports, e.g.
 * {@code call [Donald Trump, Xi Jinping]}), or by a pair of claim ids. Empty parts match anything;
 * a suppression with every part empty is refused. Suppressed findings are counted in the report,
 * never silently dropped. Immutable.
 */
public record Suppression(Optional<String> rule, Optional<String> subject, Optional<String> claimA,
    Optional<String> claimB) {

  public Suppression {
    requireNonNull(rule, "rule");
    requireNonNull(subject, "subject");
    requireNonNull(claimA, "claimA");
    requireNonNull(claimB, "claimB");
    if (rule.isEmpty() && subject.isEmpty() && claimA.isEmpty()) {
      throw new IllegalArgumentException("a suppression must name a rule, a subject or a claim");
    }
  }

  public static Suppression ofRule(String rule) {
    return new Suppression(Optional.of(rule), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Suppression ofSubject(String subject) {
    return new Suppression(Optional.empty(), Optional.of(subject), Optional.empty(), Optional.empty());
  }

  public static Suppression ofClaims(String claimA, String claimB) {
    return new Suppression(Optional.empty(), Optional.empty(), Optional.of(claimA), Optional.of(claimB));
  }

  /** Whether this suppression silences the finding. */
  public boolean matches(Finding finding) {
    if (rule.isPresent() && !rule.get().equals(finding.rule())) {
      return false;
    }
    if (subject.isPresent() && finding.claims().stream().noneMatch(c -> c.subject().key().equals(subject.get()))) {
      return false;
    }
    if (claimA.isPresent() && !finding.claimIds().contains(claimA.get())) {
      return false;
    }
    return claimB.isEmpty() || finding.claimIds().contains(claimB.get());
  }
}
