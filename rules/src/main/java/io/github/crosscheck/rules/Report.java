package io.github.crosscheck.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.rules.event.Event;
import java.util.Optional;

/**
 * The result of checking a story: the documents checked and the inputs skipped (with reasons), every
 * claim, the events resolved from them, the findings and the agreements, and how many findings the
 * configuration suppressed. Lists are in a stable order that does not depend on the order the
 * documents were given in. Immutable.
 */
public record Report(
    ImmutableList<Document> documents,
    ImmutableList<InputException> skipped,
    ImmutableList<Claim> claims,
    ImmutableList<Event> events,
    ImmutableList<Finding> findings,
    ImmutableList<Agreement> agreements,
    int suppressed) {

  public Report {
    requireNonNull(documents, "documents");
    requireNonNull(skipped, "skipped");
    requireNonNull(claims, "claims");
    requireNonNull(events, "events");
    requireNonNull(findings, "findings");
    requireNonNull(agreements, "agreements");
  }

  /** The findings with this verdict. */
  public ImmutableList<Finding> findings(Verdict verdict) {
    return findings.stream().filter(f -> f.verdict() == verdict).collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding is at least as serious as {@code level}. */
  public boolean hasFindingAtLeast(Verdict level) {
    return findings.stream().anyMatch(f -> f.verdict().isContradiction() && f.verdict().ordinal() <= level.ordinal());
  }

  public Optional<Document> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The event a claim belongs to, if any. */
  public Optional<Event> eventOf(Claim claim) {
    return events.stream().filter(e -> e.claims().stream().anyMatch(c -> c.id().equals(claim.id()))).findFirst();
  }
}
