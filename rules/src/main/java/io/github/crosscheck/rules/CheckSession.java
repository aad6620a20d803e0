package io.github.crosscheck.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An incremental check: documents are added one at a time and each addition returns only what
 * changed. A document is extracted once, when added; the cheap stages after extraction (events,
 * rules, agreements) are redone over the claims held. Holds claims, not texts, so memory grows with
 * the claims of the story. Not thread-safe: confine a session to one thread.
 */
public final class CheckSession {
  private final Checker checker;
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, ImmutableList<Claim>> claims = new LinkedHashMap<>();
  private Report current;

  CheckSession(Checker checker) {
    this.checker = checker;
    this.current = checker.evaluate(List.of(), ImmutableList.of(), List.of());
  }

  /** What an addition changed: findings and agreements that appeared, and findings that went away. */
  public record Delta(ImmutableList<Finding> added, ImmutableList<Finding> removed,
      ImmutableList<Agreement> agreementsAdded, Report report) {}

  /**
   * Adds a document (a document with the same id replaces the earlier one) and returns what changed.
   *
   * @throws InputException when the document's id is blank (never for its text)
   */
  public Delta add(Document document) {
    requireNonNull(document, "document");
    documents.put(document.id(), document.withoutText());
    claims.put(document.id(), checker.extract(document));
    Report previous = current;
    List<Claim> all = new ArrayList<>();
    claims.values().forEach(all::addAll);
    current = checker.evaluate(new ArrayList<>(documents.values()).stream()
        .sorted(java.util.Comparator.comparing(Document::id)).toList(), ImmutableList.of(), all);
    Set<String> before = previous.findings().stream().map(Finding::id).collect(Collectors.toSet());
    Set<String> after = current.findings().stream().map(Finding::id).collect(Collectors.toSet());
    Set<String> agreedBefore = previous.agreements().stream().map(a -> a.subject() + "=" + a.value())
        .collect(Collectors.toSet());
    return new Delta(
        current.findings().stream().filter(f -> !before.contains(f.id())).collect(ImmutableList.toImmutableList()),
        previous.findings().stream().filter(f -> !after.contains(f.id())).collect(ImmutableList.toImmutableList()),
        current.agreements().stream().filter(a -> !agreedBefore.contains(a.subject() + "=" + a.value()))
            .collect(ImmutableList.toImmutableList()),
        current);
  }

  /** The report over every document added so far. */
  public Report report() {
    return current;
  }

  /** The ids of the documents held. */
  public ImmutableSet<String> documentIds() {
    return ImmutableSet.copyOf(documents.keySet());
  }

  /** How many claims the session holds. */
  public int claimCount() {
    return claims.values().stream().mapToInt(List::size).sum();
  }
}
