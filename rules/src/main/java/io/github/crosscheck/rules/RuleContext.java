package io.github.crosscheck.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import java.util.List;
import java.util.Map;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.rules.event.Event;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a rule sees: the story's documents, its claims indexed by subject, the events resolved from
 * them, and the configuration; plus the shared judgements every rule makes the same way (confidence,
 * news cycles). Immutable and thread-safe.
 */
public final class RuleContext {
  private final ImmutableMap<String, Document> documents;
  private final ClaimIndex claims;
  private final ImmutableList<Event> events;
  private final ImmutableMap<String, String> eventOfClaim;
  private final CheckConfig config;
  /** Built on first use: most rules never look an event up by id. */
  private final com.google.common.base.Supplier<ImmutableMap<String, Event>> eventsById;
  private final ImmutableMap<String, Integer> stories;
  private final Map<String, Map<Entity, List<Integer>>> eventsByTypeAndParticipant = new java.util.HashMap<>();
  /** The events by type, each type's in id order. */
  private final EventsByType eventsByType;
  /** Subject groups by the very list they split: several rules split the same groups of the index. */
  private final Map<List<Claim>, ImmutableList<ImmutableList<Claim>>> subjects =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** The story of a claim's document; made once, not at every split. */
  private final java.util.function.ToIntFunction<Claim> storyOfClaim = claim -> storyOf(claim.documentId());
  /** Splits a list as {@link #subjects} does; made once, not at every call. */
  private final java.util.function.Function<List<Claim>, ImmutableList<ImmutableList<Claim>>> splitBySubject =
      claims -> SubjectGroups.of(claims, storyOfClaim);

  /** The amounts of count, rate and money claims, by the very claim: several rules read each one. */
  private final Map<Claim, Optional<com.google.common.collect.Range<java.math.BigDecimal>>> amounts =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  public RuleContext(ImmutableMap<String, Document> documents, ClaimIndex claims, ImmutableList<Event> events,
      ImmutableMap<String, String> eventOfClaim, CheckConfig config) {
    this(documents, claims, events, eventOfClaim, config, DocumentStories.of(claims.all()));
  }

  /** As above, with the documents' stories decided elsewhere (an incremental check knows more documents). */
  RuleContext(ImmutableMap<String, Document> documents, ClaimIndex claims, ImmutableList<Event> events,
      ImmutableMap<String, String> eventOfClaim, CheckConfig config, ImmutableMap<String, Integer> stories) {
    this.documents = requireNonNull(documents, "documents");
    this.claims = requireNonNull(claims, "claims");
    this.events = requireNonNull(events, "events");
    this.eventOfClaim = requireNonNull(eventOfClaim, "eventOfClaim");
    this.config = requireNonNull(config, "config");
    this.stories = requireNonNull(stories, "stories");
    this.eventsById = com.google.common.base.Suppliers.memoize(
        () -> events.stream().collect(ImmutableMap.toImmutableMap(Event::id, e -> e)));
    this.eventsByType = EventsByType.of(events, Event.ID_ORDER);
  }

  public ClaimIndex claims() {
    return claims;
  }

  public ImmutableList<Event> events() {
    return events;
  }

  public CheckConfig config() {
    return config;
  }

  public ImmutableMap<String, Document> documents() {
    return documents;
  }

  /** The event an event-date claim was placed in. */
  public Optional<Event> eventOf(Claim claim) {
    String id = eventOfClaim.get(claim.id());
    return id == null ? Optional.empty() : Optional.ofNullable(eventsById.get().get(id));
  }

  /**
   * The claims split into groups about the same subject, as {@link SubjectGroups#of} splits them
   * with this context's stories. Computed once per list: rules that split the index's own groups
   * ({@code claims().groups(kind)}) share the work.
   */
  public ImmutableList<ImmutableList<Claim>> subjects(ImmutableList<Claim> claims) {
    return subjects.computeIfAbsent(claims, splitBySubject);
  }

  /** The number a count, rate or amount states, as {@link ClaimValues#amount} gives it; computed once per claim. */
  public Optional<com.google.common.collect.Range<java.math.BigDecimal>> amount(Claim claim) {
    return amounts.computeIfAbsent(claim, ClaimValues::amount);
  }

  /** The events of one type, in id order. */
  public ImmutableList<Event> events(String type) {
    return eventsByType.get(type);
  }

  /**
   * Whether two documents tell the same story: their claims name, directly or through other
   * documents, a common person, organization, product or place.
   */
  public boolean sameStory(String documentA, String documentB) {
    Integer a = stories.get(documentA);
    return a != null && a.equals(stories.get(documentB));
  }

  /** The story a document belongs to (a number stable within this context). */
  public int storyOf(String documentId) {
    return stories.getOrDefault(documentId, -1 - Math.abs(documentId.hashCode() % 1000));
  }

  /** The events of a type that share a participant with the given ones, in id order. */
  public ImmutableList<Event> eventsWithAny(String type, java.util.Set<Entity> participants) {
    Map<Entity, List<Integer>> index;
    synchronized (eventsByTypeAndParticipant) {
      // Each participant's events as their positions among the type's events, which are in id order.
      index = eventsByTypeAndParticipant.computeIfAbsent(type, t -> {
        Map<Entity, List<Integer>> byEntity = new java.util.HashMap<>();
        ImmutableList<Event> ofType = events(t);
        for (int position = 0; position < ofType.size(); position++) {
          Integer at = position;
          ofType.get(position).participants().forEach(e -> byEntity.computeIfAbsent(e, k -> new java.util.ArrayList<>()).add(at));
        }
        return byEntity;
      });
    }
    ImmutableList<Event> ofType = events(type);
    if (participants.size() == 1) {
      // One participant's events are indexed in id order already, each once.
      List<Integer> positions = index.getOrDefault(participants.iterator().next(), List.of());
      ImmutableList.Builder<Event> result = ImmutableList.builderWithExpectedSize(positions.size());
      positions.forEach(position -> result.add(ofType.get(position)));
      return result.build();
    }
    // The participants' events, each once, in id order: marked by position, read in position order.
    java.util.BitSet found = new java.util.BitSet(ofType.size());
    participants.forEach(e -> index.getOrDefault(e, List.of()).forEach(found::set));
    ImmutableList.Builder<Event> result = ImmutableList.builderWithExpectedSize(found.cardinality());
    for (int position = found.nextSetBit(0); position >= 0; position = found.nextSetBit(position + 1)) {
      result.add(ofType.get(position));
    }
    return result.build();
  }

  public Optional<PublicationTime> published(String documentId) {
    Document document = documents.get(documentId);
    return document == null ? Optional.empty() : document.published();
  }

  /**
   * Whether two claims' sources were published within the news cycle; empty when either
   * publication time is unknown.
   */
  public Optional<Boolean> sameNewsCycle(Claim a, Claim b) {
    Optional<PublicationTime> pa = published(a.documentId());
    Optional<PublicationTime> pb = published(b.documentId());
    if (pa.isEmpty() || pb.isEmpty()) {
      return Optional.empty();
    }
    long days = Math.abs(ChronoUnit.DAYS.between(pa.get().date(), pb.get().date()));
    return Optional.of(days <= config.newsCycleDays());
  }

  /**
   * The confidence of a finding citing these claims: {@code base}, lowered for each claim that is
   * not asserted (reported 0.85, quoted 0.85, planned 0.7, threatened 0.6, negated 0.5) and for
   * each source below the primary tier. Rounded to two decimals; never zero.
   */
  public double confidence(double base, Iterable<Claim> cited) {
    double confidence = base;
    for (Claim claim : cited) {
      confidence *= switch (claim.modality()) {
        case ASSERTED -> 1.0;
        case REPORTED, QUOTED -> 0.85;
        case PLANNED -> 0.7;
        case THREATENED -> 0.6;
        case NEGATED -> 0.5;
      };
      Document document = documents.get(claim.documentId());
      String outlet = document == null ? null : document.outlet().orElse(null);
      SourceTier tier = config.tierOf(claim.documentId(), outlet);
      confidence *= tier == SourceTier.STANDARD ? 1.0 : tier.weight() / SourceTier.STANDARD.weight();
    }
    return Math.max(0.01, Math.min(1.0, Math.round(confidence * 100) / 100.0));
  }
}
