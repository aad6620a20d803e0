package io.github.crosscheck.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EventVocabulary;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.normalize.DerivedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An incremental check: documents are added one at a time and each addition returns only what
 * changed. A document is extracted once, when added. Its claims are then checked against the claims
 * they can interact with — same predicate and participants connected through shared names, as the
 * full check groups them, plus the events their anchors point to — found through an index, so an addition costs in proportion to
 * the subjects it touches, not to the size of the archive. Findings whose claims all lie in that
 * neighbourhood are replaced; the rest stand. {@link #report()} re-evaluates everything on demand.
 *
 * <p>Holds claims and document metadata, not texts, so memory grows linearly with claims. Not
 * thread-safe: confine a session to one thread.
 */
public final class CheckSession {
  private static final NavigableMap<LocalDate, Set<String>> EMPTY_DAYS = Collections.emptyNavigableMap();
  private final Checker checker;
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, Claim> claims = new LinkedHashMap<>();
  private final Map<String, List<String>> claimsOfDocument = new HashMap<>();
  private final Map<String, Map<Entity, Set<String>>> byPredicateAndEntity = new HashMap<>();
  /** Claims naming no participant, by predicate and document: compared only within their story. */
  private final Map<String, Map<String, Set<String>>> anonymousByPredicate = new HashMap<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  /** The ids of the standing findings about each claim. */
  private final Map<String, Set<String>> findingsOfClaim = new HashMap<>();
  private final Set<String> recencyPredicates = new HashSet<>();
  private final GrowingStories stories = new GrowingStories();
  /** Claims by predicate and their document's publication day, for rules that compare within a news cycle. */
  private final Map<String, NavigableMap<LocalDate, Set<String>>> byPredicateAndDay = new HashMap<>();
  /** Claims of undated documents by predicate: within every news cycle. */
  private final Map<String, Set<String>> undatedByPredicate = new HashMap<>();

  CheckSession(Checker checker) {
    this.checker = checker;
  }

  /** What an addition changed: findings that appeared and findings that went away. */
  public record Delta(ImmutableList<Finding> added, ImmutableList<Finding> removed) {}

  /** Adds a document (one with the id of an earlier document replaces it) and returns what changed. */
  public Delta add(Document document) {
    requireNonNull(document, "document");
    return addExtracted(document, checker.extract(document));
  }

  /**
   * Adds a document whose claims were extracted earlier or elsewhere (by {@link Checker#extract},
   * on another machine, from a store): as {@link #add}, without extracting again. The document may
   * be stripped of its text; every claim must be one of its own.
   *
   * @throws IllegalArgumentException naming the claim, when a claim belongs to another document
   */
  public Delta addExtracted(Document document, List<Claim> extracted) {
    requireNonNull(document, "document");
    requireNonNull(extracted, "extracted");
    for (Claim claim : extracted) {
      if (!claim.documentId().equals(document.id())) {
        throw new IllegalArgumentException("claim " + claim.id() + " belongs to document " + claim.documentId()
            + ", not to " + document.id());
      }
    }
    stories.takeMerged();
    Optional<String> onlyStoryBefore = stories.onlyStory();
    List<Claim> removedClaims = forget(document.id());
    documents.put(document.id(), document.withoutText());
    extracted.forEach(this::remember);
    claimsOfDocument.put(document.id(), extracted.stream().map(Claim::id).toList());

    List<Claim> seeds = new ArrayList<>(extracted);
    seeds.addAll(removedClaims);
    Set<String> neighbourhood = neighbourhood(seeds);
    if (stories.takeMerged()) {
      // The new document tied stories together: everything in the joined story is compared anew.
      stories.storyOf(document.id()).forEach(d -> neighbourhood.addAll(claimsOfDocument.getOrDefault(d, List.of())));
    }
    Optional<String> onlyStoryAfter = stories.onlyStory();
    if (onlyStoryBefore.isPresent() != onlyStoryAfter.isPresent()) {
      // Documents naming nothing specific belong to the only story while there is one: they joined it
      // or left it, so they are compared anew with it.
      Set<String> moved = new HashSet<>(stories.unlinked());
      onlyStoryBefore.or(() -> onlyStoryAfter).ifPresent(root -> moved.addAll(stories.membersOf(root)));
      moved.forEach(d -> neighbourhood.addAll(claimsOfDocument.getOrDefault(d, List.of())));
    }
    List<Claim> scope = neighbourhood.stream().map(claims::get).filter(c -> c != null)
        .sorted(Comparator.comparing(Claim::id)).toList();
    List<Document> scopeDocuments = scope.stream().map(Claim::documentId).distinct().sorted()
        .map(documents::get).toList();
    Report partial = checker.evaluate(scopeDocuments, ImmutableList.of(), scope, Optional.of(stories.numbers(scopeDocuments)));

    Set<String> inScope = new HashSet<>(neighbourhood);
    removedClaims.forEach(c -> inScope.add(c.id()));
    // Only findings about a claim in scope can be replaced: found through the claims, not by a scan.
    Set<String> candidates = new TreeSet<>();
    inScope.forEach(id -> candidates.addAll(findingsOfClaim.getOrDefault(id, Set.of())));
    List<Finding> removed = new ArrayList<>();
    for (String id : candidates) {
      Finding finding = findings.get(id);
      if (finding != null && inScope.containsAll(finding.claimIds())) {
        removed.add(finding);
        drop(finding);
      }
    }
    List<Finding> added = new ArrayList<>();
    for (Finding finding : partial.findings()) {
      keep(finding);
      added.add(finding);
    }
    Set<String> before = new HashSet<>(removed.stream().map(Finding::id).toList());
    Set<String> after = new HashSet<>(added.stream().map(Finding::id).toList());
    return new Delta(
        added.stream().filter(f -> !before.contains(f.id())).collect(ImmutableList.toImmutableList()),
        removed.stream().filter(f -> !after.contains(f.id())).collect(ImmutableList.toImmutableList()));
  }

  /** The findings standing now, in a stable order. */
  public ImmutableList<Finding> findings() {
    return findings.values().stream().sorted(Comparator.comparing(Finding::id))
        .collect(ImmutableList.toImmutableList());
  }

  /** A full report over every document added so far (re-evaluates everything after extraction). */
  public Report report() {
    return checker.checkExtracted(List.copyOf(documents.values()), List.copyOf(claims.values()));
  }

  /** The ids of the documents held. */
  public ImmutableSet<String> documentIds() {
    return ImmutableSet.copyOf(documents.keySet());
  }

  /** How many claims the session holds. */
  public int claimCount() {
    return claims.size();
  }

  private void keep(Finding finding) {
    Optional.ofNullable(findings.get(finding.id())).ifPresent(this::drop);
    findings.put(finding.id(), finding);
    finding.claimIds().forEach(claim -> findingsOfClaim.computeIfAbsent(claim, c -> new HashSet<>()).add(finding.id()));
  }

  private void drop(Finding finding) {
    findings.remove(finding.id());
    for (String claim : finding.claimIds()) {
      Set<String> ids = findingsOfClaim.get(claim);
      if (ids != null && ids.remove(finding.id()) && ids.isEmpty()) {
        findingsOfClaim.remove(claim);
      }
    }
  }

  private void remember(Claim claim) {
    claims.put(claim.id(), claim);
    cycleSet(claim).add(claim.id());
    stories.note(claim);
    if (claim.kind() == ClaimKind.RECENCY) {
      recencyPredicates.add(claim.subject().predicate());
    }
    String predicate = claim.subject().predicate();
    if (claim.subject().participants().isEmpty()) {
      anonymousByPredicate.computeIfAbsent(predicate, p -> new HashMap<>())
          .computeIfAbsent(claim.documentId(), d -> new HashSet<>()).add(claim.id());
    }
    for (Entity entity : claim.subject().participants()) {
      byPredicateAndEntity.computeIfAbsent(predicate, p -> new HashMap<>())
          .computeIfAbsent(entity, e -> new HashSet<>()).add(claim.id());
    }
  }

  private List<Claim> forget(String documentId) {
    List<Claim> gone = new ArrayList<>();
    for (String id : claimsOfDocument.getOrDefault(documentId, List.of())) {
      Claim claim = claims.remove(id);
      if (claim == null) {
        continue;
      }
      gone.add(claim);
      cycleSet(claim).remove(id);
      String predicate = claim.subject().predicate();
      Optional.ofNullable(anonymousByPredicate.get(predicate)).ifPresent(byDocument -> byDocument.remove(documentId));
      Map<Entity, Set<String>> byEntity = byPredicateAndEntity.getOrDefault(predicate, Map.of());
      claim.subject().participants().forEach(e -> Optional.ofNullable(byEntity.get(e)).ifPresent(s -> s.remove(id)));
    }
    return gone;
  }

  /**
   * The claims the seeds can interact with: same predicate and a shared participant (or none named
   * on either side), recency and contact claims of the same people, and the claims of the events
   * their anchors name. Each lookup is made once per addition, however many seeds ask for it.
   */
  private Set<String> neighbourhood(List<Claim> seeds) {
    Set<String> result = new HashSet<>();
    Set<Lookup> done = new HashSet<>();
    for (Claim seed : seeds) {
      boolean acrossStory = seed.kind() == ClaimKind.EVENT_DATE || seed.kind() == ClaimKind.DEADLINE;
      // A seed naming nobody reaches its document's participants; a named one, its own.
      Object reach = seed.subject().participants().isEmpty() ? seed.documentId() : seed.subject().participants();
      String story = stories.rootOf(seed.documentId());
      for (String predicate : predicatesOf(seed)) {
        if (done.add(new Lookup(Lookup.Scope.SUBJECT, predicate, reach))) {
          result.addAll(component(predicate, seed));
        }
        // One-off events and deadlines are compared across a story; other claims naming nobody within it.
        if (acrossStory && done.add(new Lookup(Lookup.Scope.STORY, predicate, story))) {
          result.addAll(inStory(predicate, stories.storyOf(seed.documentId())));
        } else if (!acrossStory && done.add(new Lookup(Lookup.Scope.UNNAMED_IN_STORY, predicate, story))) {
          result.addAll(anonymousInStory(predicate, stories.storyOf(seed.documentId())));
        }
        if (acrossStory && done.add(new Lookup(Lookup.Scope.NEWS_CYCLE, predicate, publicationDay(seed)))) {
          result.addAll(sameCycle(predicate, seed)); // derived dates are compared within the news cycle
        }
      }
      if (claims.containsKey(seed.id())) {
        result.add(seed.id());
      }
    }
    return result;
  }

  /** One lookup of the neighbourhood: a predicate's claims within a scope (participants, story or publication day). */
  private record Lookup(Scope scope, String predicate, Object key) {
    enum Scope { SUBJECT, STORY, UNNAMED_IN_STORY, NEWS_CYCLE }
  }

  /** The predicates whose claims a seed can interact with. */
  private Set<String> predicatesOf(Claim seed) {
    Set<String> predicates = new HashSet<>();
    predicates.add(seed.subject().predicate());
    if (seed.kind() == ClaimKind.RECENCY || seed.kind() == ClaimKind.CONTACT) {
      predicates.add("contact");
      predicates.addAll(recencyPredicates);
    }
    anchorType(seed).ifPresent(predicates::add);
    return predicates;
  }

  /** The claims of a predicate in documents published within the news cycle of the seed's (or undated). */
  private Set<String> sameCycle(String predicate, Claim seed) {
    Set<String> found = new HashSet<>(undatedByPredicate.getOrDefault(predicate, Set.of()));
    NavigableMap<LocalDate, Set<String>> byDay = byPredicateAndDay.getOrDefault(predicate, EMPTY_DAYS);
    Optional<LocalDate> day = publicationDay(seed);
    int cycle = checker.config().newsCycleDays();
    (day.isPresent() ? byDay.subMap(day.get().minusDays(cycle), true, day.get().plusDays(cycle), true) : byDay)
        .values().forEach(found::addAll);
    return found;
  }

  /** The claims sharing this claim's predicate and publication day (or lack of one). */
  private Set<String> cycleSet(Claim claim) {
    String predicate = claim.subject().predicate();
    Optional<LocalDate> day = publicationDay(claim);
    return day.isEmpty() ? undatedByPredicate.computeIfAbsent(predicate, p -> new HashSet<>())
        : byPredicateAndDay.computeIfAbsent(predicate, p -> new TreeMap<>()).computeIfAbsent(day.get(), d -> new HashSet<>());
  }

  private Optional<LocalDate> publicationDay(Claim claim) {
    return Optional.ofNullable(documents.get(claim.documentId())).flatMap(Document::published).map(p -> p.date());
  }

  /**
   * The claims of a predicate naming no participant in a story (the seed's, as {@link
   * GrowingStories#storyOf} places it): the full check compares such claims only within their story
   * ({@link SubjectGroups}), so those of other stories cannot interact with the seed — and looking them
   * up would make every addition cost the whole archive.
   */
  private Set<String> anonymousInStory(String predicate, Set<String> story) {
    Map<String, Set<String>> byDocument = anonymousByPredicate.getOrDefault(predicate, Map.of());
    if (byDocument.isEmpty()) {
      return Set.of();
    }
    Set<String> found = new HashSet<>();
    for (String document : story) {
      found.addAll(byDocument.getOrDefault(document, Set.of()));
    }
    return found;
  }

  /** Every claim of a predicate in a story (the seed's), those naming nobody included. */
  private Set<String> inStory(String predicate, Set<String> story) {
    Set<String> found = new HashSet<>();
    for (String document : story) {
      for (String id : claimsOfDocument.getOrDefault(document, List.of())) {
        Claim claim = claims.get(id);
        if (claim != null && claim.subject().predicate().equals(predicate)) {
          found.add(id);
        }
      }
    }
    return found;
  }

  /**
   * The claims of a predicate connected to the seed through shared participants, transitively —
   * the subject group the full check would form. A seed naming no one reaches the claims of the
   * documents that share a participant with its own document.
   */
  private Set<String> component(String predicate, Claim seed) {
    Map<Entity, Set<String>> byEntity = byPredicateAndEntity.getOrDefault(predicate, Map.of());
    java.util.ArrayDeque<Entity> queue = new java.util.ArrayDeque<>(seed.subject().participants());
    if (queue.isEmpty()) {
      for (String id : claimsOfDocument.getOrDefault(seed.documentId(), List.of())) {
        Optional.ofNullable(claims.get(id)).ifPresent(c -> queue.addAll(c.subject().participants()));
      }
    }
    Set<Entity> seen = new HashSet<>(queue);
    Set<String> found = new HashSet<>();
    while (!queue.isEmpty()) {
      for (String id : byEntity.getOrDefault(queue.poll(), Set.of())) {
        if (found.add(id)) {
          for (Entity next : claims.get(id).subject().participants()) {
            if (seen.add(next)) {
              queue.add(next);
            }
          }
        }
      }
    }
    return found;
  }

  private static Optional<String> anchorType(Claim claim) {
    if (claim.value() instanceof DerivedDate derived) {
      return EventVocabulary.eventType(derived.anchorText());
    }
    return claim.recency().flatMap(Recency::sinceEvent);
  }
}
