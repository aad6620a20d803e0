package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.rules.event.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Ties each recency claim to the occurrence it describes. A claim that dates its occasion is snapped
 * to the event containing that date; one that does not takes the only event of its kind its own
 * document dates; failing that, a news report's "first in N years" is about something that has just
 * happened, so the publication day is used.
 */
final class Occasions {
  /** Stands for "no participant named" in the index of events by participant. */
  private static final io.github.crosscheck.core.claim.Entity NOBODY =
      new io.github.crosscheck.core.claim.Entity("(nobody)", io.github.crosscheck.core.claim.EntityType.UNKNOWN);

  private Occasions() {}

  static ImmutableList<Claim> resolve(List<Claim> claims, List<Event> events, RuleContextSources sources) {
    if (claims.stream().noneMatch(c -> c.recency().isPresent())) {
      return ImmutableList.copyOf(claims);
    }
    List<Event> dated = new java.util.ArrayList<>(events.size());
    for (int e = 0; e < events.size(); e++) {
      if (events.get(e).day().isPresent()) {
        dated.add(events.get(e));
      }
    }
    EventsByType byType = EventsByType.of(dated);
    // Indexed by participant only for the types a recency claim names.
    java.util.Map<String, java.util.Map<io.github.crosscheck.core.claim.Entity, List<Event>>> byParticipant =
        new java.util.HashMap<>();
    ImmutableList.Builder<Claim> resolved = ImmutableList.builderWithExpectedSize(claims.size());
    for (Claim claim : claims) {
      if (claim.recency().isEmpty()) {
        resolved.add(claim);
        continue;
      }
      String type = claim.subject().predicate();
      List<Event> ofType = byType.get(type);
      if (!claim.subject().participants().isEmpty()) {
        byParticipant.computeIfAbsent(type, t -> byParticipant(ofType));
      }
      resolved.add(resolve(claim, candidates(claim, ofType, byParticipant), sources));
    }
    return resolved.build();
  }

  private static java.util.Map<io.github.crosscheck.core.claim.Entity, List<Event>> byParticipant(List<Event> ofType) {
    java.util.Map<io.github.crosscheck.core.claim.Entity, List<Event>> index = new java.util.HashMap<>();
    for (Event event : ofType) {
      event.participants().forEach(p -> index.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(event));
      if (event.participants().isEmpty()) {
        index.computeIfAbsent(NOBODY, k -> new java.util.ArrayList<>()).add(event);
      }
    }
    return index;
  }

  /** The dated events of the claim's kind that could be its occasion: sharing a participant, or naming none. */
  private static List<Event> candidates(Claim claim, List<Event> ofType,
      java.util.Map<String, java.util.Map<io.github.crosscheck.core.claim.Entity, List<Event>>> byParticipant) {
    if (claim.subject().participants().isEmpty()) {
      return ofType;
    }
    var index = byParticipant.getOrDefault(claim.subject().predicate(), java.util.Map.of());
    java.util.Set<Event> found = new java.util.LinkedHashSet<>();
    claim.subject().participants().forEach(p -> found.addAll(index.getOrDefault(p, List.of())));
    found.addAll(index.getOrDefault(NOBODY, List.of()));
    return List.copyOf(found);
  }

  private static Claim resolve(Claim claim, List<Event> events, RuleContextSources sources) {
    Recency recency = claim.recency().get();
    Optional<Range<LocalDate>> stated = recency.occasion().flatMap(ClaimValues::days);
    LocalDate day = null;
    if (stated.isPresent()) {
      // The first dated event of the kind on a day the claim states; else the stated day itself.
      for (int i = 0; i < events.size() && day == null; i++) {
        Optional<LocalDate> eventDay = occasionDay(events.get(i), claim);
        if (eventDay.isPresent() && stated.get().contains(eventDay.get())) {
          day = eventDay.get();
        }
      }
      if (day == null && stated.get().lowerEndpoint().equals(stated.get().upperEndpoint())) {
        day = stated.get().lowerEndpoint();
      }
    } else {
      // The one day the claim's own document dates events of the kind on; else the publication day.
      LocalDate inDocument = null;
      boolean severalDays = false;
      for (int i = 0; i < events.size() && !severalDays; i++) {
        Event event = events.get(i);
        Optional<LocalDate> eventDay = occasionDay(event, claim);
        if (eventDay.isPresent() && event.describedIn(claim.documentId())) {
          severalDays = inDocument != null && !inDocument.equals(eventDay.get());
          inDocument = eventDay.get();
        }
      }
      day = inDocument != null && !severalDays ? inDocument
          : sources.published(claim.documentId()).map(p -> p.date()).orElse(null);
    }
    return day == null ? claim : claim.withRecency(recency.withOccasion(Optional.of(DateValue.day(day))));
  }

  /** The event's day, when it has one and could be the claim's occasion (its participants fit). */
  private static Optional<LocalDate> occasionDay(Event event, Claim claim) {
    Optional<LocalDate> day = event.day();
    return day.isPresent() && SubjectGroups.compatible(event.participants(), claim.subject().participants())
        ? day : Optional.empty();
  }

  /** Where publication times come from. */
  interface RuleContextSources {
    Optional<io.github.crosscheck.core.document.PublicationTime> published(String documentId);
  }
}
