package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimExtractor;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.event.Event;
import io.github.crosscheck.rules.event.EventResolver;
import io.github.crosscheck.rules.event.NumberingKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a story: extracts every document's claims, unifies names across sources, resolves events
 * and anchors, runs the enabled rules and collects findings and agreements into a {@link Report}.
 * The report does not depend on the order of the documents, the thread count, or the JVM's locale
 * and time zone. Reusable and safe to share across threads.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().build();
 * Report report = checker.check(StoryFolderLoader.withDefaults().load(Path.of("story")));
 * }</pre>
 */
public final class Checker {
  private final ClaimExtractor extractor;
  private final CheckConfig config;
  private final ImmutableList<Rule> rules;
  private final int threads;

  private Checker(Builder builder) {
    this.extractor = builder.extractor;
    this.config = builder.config;
    this.rules = ImmutableList.copyOf(builder.rules);
    this.threads = builder.threads;
  }

  public static Builder builder() {
    return new Builder();
  }

  public CheckConfig config() {
    return config;
  }

  public ImmutableList<Rule> rules() {
    return rules;
  }

  public ClaimExtractor extractor() {
    return extractor;
  }

  /** Checks the story's documents against each other. */
  public Report check(Story story) {
    return check(story, document -> { });
  }

  /**
   * Checks the story, calling {@code extracted} (from the extracting threads) as each document's
   * claims are in, for a caller that shows progress. The report is the one {@link #check(Story)} gives.
   */
  public Report check(Story story, java.util.function.Consumer<Document> extracted) {
    requireNonNull(story, "story");
    requireNonNull(extracted, "extracted");
    List<Document> documents = story.documents().stream().sorted(Comparator.comparing(Document::id)).toList();
    List<Claim> claims = new ArrayList<>();
    extractAll(documents, extracted).forEach(claims::addAll);
    return evaluate(documents, story.skipped(), claims);
  }

  /**
   * Checks claims extracted earlier (elsewhere, or on another machine): everything after extraction.
   * {@code documents} give the publication times and may be stripped of their text. The report is
   * the one {@link #check} gives for the same documents.
   */
  public Report checkExtracted(List<Document> documents, List<Claim> claims) {
    return evaluate(sorted(documents, Comparator.comparing(Document::id)), ImmutableList.of(), claims);
  }

  /** Starts an incremental check, to which documents are added one at a time. */
  public CheckSession session() {
    return new CheckSession(this);
  }

  /** The claims of one document. */
  public ImmutableList<Claim> extract(Document document) {
    return extractor.extract(document);
  }

  private List<ImmutableList<Claim>> extractAll(List<Document> documents,
      java.util.function.Consumer<Document> extracted) {
    if (threads <= 1 || documents.size() <= 1) {
      return documents.stream().map(d -> {
        ImmutableList<Claim> claims = extractor.extract(d);
        extracted.accept(d);
        return claims;
      }).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()));
    try {
      List<Future<ImmutableList<Claim>>> futures = new ArrayList<>();
      for (Document document : documents) {
        futures.add(pool.submit(() -> {
          ImmutableList<Claim> claims = extractor.extract(document);
          extracted.accept(document);
          return claims;
        }));
      }
      List<ImmutableList<Claim>> results = new ArrayList<>();
      for (Future<ImmutableList<Claim>> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting claims", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Everything after extraction: cheap, so an incremental session can redo it. */
  Report evaluate(List<Document> documents, ImmutableList<io.github.crosscheck.core.document.InputException> skipped,
      List<Claim> extracted) {
    return evaluate(documents, skipped, extracted, Optional.empty());
  }

  /**
   * As above, with the documents' stories given (by an incremental session that holds more documents).
   * The claims are checked part by part ({@link CheckParts}) when every enabled rule {@linkplain
   * Rule#staysWithinConnectedClaims stays within connected claims}: claims that share no participant
   * and no story are then never compared, so the report is the union of the parts' reports, numbered
   * together.
   */
  Report evaluate(List<Document> documents, ImmutableList<io.github.crosscheck.core.document.InputException> skipped,
      List<Claim> extracted, Optional<ImmutableMap<String, Integer>> stories) {
    boolean apart = rules.stream().filter(r -> config.enabled(r.info().id())).allMatch(Rule::staysWithinConnectedClaims);
    return evaluate(documents, skipped, extracted, stories,
        apart ? CheckParts::of : (graph, storyOf) -> CheckParts.Split.whole(graph.claims()));
  }

  /** As above, with the claims split into parts by {@code splitter} (a test checks all claims as one part). */
  Report evaluate(List<Document> documents, ImmutableList<io.github.crosscheck.core.document.InputException> skipped,
      List<Claim> extracted, Optional<ImmutableMap<String, Integer>> stories,
      java.util.function.BiFunction<ClaimGraph, Map<String, Integer>, CheckParts.Split> splitter) {
    ImmutableMap.Builder<String, Document> documentsById = ImmutableMap.builderWithExpectedSize(documents.size());
    documents.forEach(d -> documentsById.put(d.id(), d));
    ImmutableMap<String, Document> byId = documentsById.buildOrThrow();
    ClaimGraph graph = StoryEntities.unify(ClaimGraph.of(sorted(extracted, Comparator.comparing(Claim::id))));
    ImmutableMap<String, Integer> storyOf = stories.orElseGet(() -> DocumentStories.of(graph));
    CheckParts.Split split = splitter.apply(graph, storyOf);
    List<List<Claim>> parts = split.groups();
    // Each part is checked from its events to its agreements while its claims are in the caches, its
    // events under ids numbered within the part; the ids are numbered across parts at the end.
    List<List<Claim>> resolvedClaims = new ArrayList<>(parts.size());
    // Only the events outlive a part: its index of claims to events dies with it.
    List<ImmutableList<Event>> eventsOfPart = new ArrayList<>(parts.size());
    List<NumberingKeys> keysOfPart = new ArrayList<>(parts.size());
    List<List<Finding>> findingsOfPart = new ArrayList<>(parts.size());
    List<List<AgreementFinder.Placed>> agreementsOfPart = new ArrayList<>(parts.size());
    int suppressed = 0;
    for (List<Claim> part : parts) {
      EventResolver.Resolution resolution = resolveEvents(part, byId, resolvedClaims);
      eventsOfPart.add(resolution.events());
      keysOfPart.add(resolution.keys());
      ClaimIndex index = ClaimIndex.of(resolvedClaims.get(resolvedClaims.size() - 1));
      RuleContext context = new RuleContext(byId, index, resolution.events(), resolution.eventOfClaim(), config, storyOf);
      List<Finding> found = new ArrayList<>();
      suppressed += runRules(context, found);
      findingsOfPart.add(found);
      agreementsOfPart.add(AgreementFinder.placed(context));
    }
    EventResolver.Numbered numbered = EventResolver.numberTogether(eventsOfPart, keysOfPart);
    List<Finding> findings = new ArrayList<>();
    List<AgreementFinder.Placed> agreements = new ArrayList<>();
    int agreementCount = 0;
    for (List<AgreementFinder.Placed> ofPart : agreementsOfPart) {
      agreementCount += ofPart.size();
    }
    // Each agreement's event by its position among all events, found from its part and index.
    int[] eventPosition = new int[agreementCount];
    for (int p = 0; p < parts.size(); p++) {
      List<Finding> found = findingsOfPart.get(p);
      if (found.stream().anyMatch(f -> f.event().isPresent())) {
        Map<String, String> renamed = renamed(eventsOfPart.get(p), numbered.parts().get(p));
        found.forEach(f -> findings.add(
            f.event().filter(renamed::containsKey).map(e -> f.withEvent(renamed.get(e))).orElse(f)));
      } else {
        findings.addAll(found);
      }
      for (AgreementFinder.Placed agreement : agreementsOfPart.get(p)) {
        eventPosition[agreements.size()] = agreement.event() < 0 ? 0 : numbered.position(p, agreement.event());
        agreements.add(agreement);
      }
    }
    Map<String, Integer> ruleOrder = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleOrder.put(rules.get(i).info().id(), i);
    }
    findings.sort(Comparator.comparing((Finding f) -> ruleOrder.get(f.rule())).thenComparing(Finding::id));
    List<AgreementFinder.Placed> placedAgreements = parts.size() > 1
        ? AgreementFinder.Placed.inReportOrder(agreements, eventPosition) : agreements;
    return new Report(ImmutableList.copyOf(documents), skipped, split.inOrder(resolvedClaims),
        numbered.events(),
        dedupe(findings),
        placedAgreements.stream().map(AgreementFinder.Placed::agreement).collect(ImmutableList.toImmutableList()),
        suppressed);
  }

  /** A part's event ids numbered across parts, by the id numbered within the part; empty when none changed. */
  private static Map<String, String> renamed(List<Event> local, List<Event> global) {
    if (local == global) {
      return Map.of();
    }
    Map<String, String> renamed = new HashMap<>();
    for (int e = 0; e < local.size(); e++) {
      renamed.put(local.get(e).id(), global.get(e).id());
    }
    return renamed;
  }

  /**
   * Resolves one part's events, dates its anchors and occasions, adds its claims as they then stand
   * to {@code resolvedClaims}, and returns its events (numbered within the part only).
   */
  private static EventResolver.Resolution resolveEvents(List<Claim> claims, Map<String, Document> byId,
      List<List<Claim>> resolvedClaims) {
    EventResolver.Resolution firstPass = RESOLVER.resolve(claims);
    List<Claim> anchored = AnchorResolver.resolve(claims, firstPass.events());
    // Events are resolved again only when an anchor dated a claim; most stories have none.
    EventResolver.Resolution resolution = sameClaims(claims, anchored) ? firstPass : RESOLVER.resolve(anchored);
    resolvedClaims.add(Occasions.resolve(anchored, resolution.events(), id -> {
      Document d = byId.get(id);
      return d == null ? Optional.empty() : d.published();
    }));
    return resolution;
  }

  /** The event resolver is stateless: one serves every part of every check. */
  private static final EventResolver RESOLVER = new EventResolver();

  /** Runs the enabled rules on one part, adds their findings and returns how many were suppressed. */
  private int runRules(RuleContext context, List<Finding> findings) {
    int suppressed = 0;
    for (Rule rule : rules) {
      if (!config.enabled(rule.info().id())) {
        continue;
      }
      for (Finding finding : run(rule, context)) {
        if (!config.suppressions().isEmpty() && config.suppressions().stream().anyMatch(s -> s.matches(finding))) {
          suppressed++;
        } else {
          findings.add(finding);
        }
      }
    }
    return suppressed;
  }

  /** Whether two lists hold the very same claim objects in the same order. */
  private static boolean sameClaims(List<Claim> a, List<Claim> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableList<Finding> run(Rule rule, RuleContext context) {
    try {
      return requireNonNull(rule.check(context), () -> "rule " + rule.info().id() + " returned null");
    } catch (RuntimeException e) {
      throw new RuleFailedException(rule.info().id(), e);
    }
  }

  /** The findings, each id once (the first); they come sorted by rule, then id. */
  private static ImmutableList<Finding> dedupe(List<Finding> findings) {
    ImmutableList.Builder<Finding> once = ImmutableList.builderWithExpectedSize(findings.size());
    if (findings.stream().allMatch(Checker::idNamesItsRule)) {
      // One id then means one rule, so a repeated id follows its first.
      for (int i = 0; i < findings.size(); i++) {
        if (i == 0 || !findings.get(i).id().equals(findings.get(i - 1).id())) {
          once.add(findings.get(i));
        }
      }
      return once.build();
    }
    java.util.Set<String> seen = new java.util.HashSet<>(findings.size() * 2);
    for (Finding finding : findings) {
      if (seen.add(finding.id())) {
        once.add(finding);
      }
    }
    return once.build();
  }

  /** Whether a finding's id is its rule's id, which holds no colon, then a colon, as {@link Finding#of} makes it. */
  private static boolean idNamesItsRule(Finding finding) {
    String rule = finding.rule();
    return rule.indexOf(':') < 0 && finding.id().length() > rule.length() && finding.id().charAt(rule.length()) == ':'
        && finding.id().startsWith(rule);
  }

  /** The items sorted, stably, in one array, as an unmodifiable list. */
  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    @SuppressWarnings("unchecked")
    T[] array = (T[]) items.toArray();
    Arrays.sort(array, order);
    return Collections.unmodifiableList(Arrays.asList(array));
  }

  /** Builds a {@link Checker}; every setting has a default. */
  public static final class Builder {
    private ClaimExtractor extractor;
    private CheckConfig config = CheckConfig.DEFAULT;
    private final List<Rule> rules = new ArrayList<>(BuiltinRules.all());
    private int threads = 1;

    private Builder() {}

    public Builder extractor(ClaimExtractor value) {
      this.extractor = requireNonNull(value, "extractor");
      return this;
    }

    public Builder config(CheckConfig value) {
      this.config = requireNonNull(value, "config");
      return this;
    }

    /** Adds a custom rule after the built-in ones. Its id must not clash with another rule's. */
    public Builder addRule(Rule rule) {
      requireNonNull(rule, "rule");
      String id = rule.info().id();
      checkArgument(rules.stream().noneMatch(r -> r.info().id().equals(id)), "a rule with id %s is already registered", id);
      rules.add(rule);
      return this;
    }

    /** Replaces the rule list (the built-in rules are not kept). */
    public Builder rules(List<Rule> only) {
      rules.clear();
      only.forEach(this::addRule);
      return this;
    }

    /** Extracts documents on this many threads (1 by default); the report is the same for any count. */
    public Builder threads(int count) {
      checkArgument(count >= 1, "threads must be >= 1, got %s", count);
      this.threads = count;
      return this;
    }

    public Checker build() {
      if (extractor == null) {
        extractor = ClaimExtractor.english();
      }
      return new Checker(this);
    }
  }
}
