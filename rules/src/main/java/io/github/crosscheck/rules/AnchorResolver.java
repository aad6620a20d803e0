package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.EventVocabulary;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.rules.event.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Dates the anchors that claims point to elsewhere in the story: a derived date's anchor event
 * ("three days before Trump's inauguration" — the inauguration another source dates January 20),
 * a since-clause's event ("since the former president left office" — the departure another claim
 * dates 2021), and the occasion of a recency claim that gives none. An anchor is dated only when
 * exactly one dated event (or dated since-clause) of its kind with compatible participants exists.
 */
final class AnchorResolver {
  private AnchorResolver() {}

  static ImmutableList<Claim> resolve(List<Claim> claims, List<Event> allEvents) {
    if (claims.stream().noneMatch(AnchorResolver::mayBeAnchored)) {
      return ImmutableList.copyOf(claims);
    }
    EventsByType events = EventsByType.of(allEvents);
    var sinceClaims = com.google.common.collect.Multimaps.index(
        claims.stream().filter(c -> c.recency().flatMap(Recency::sinceEvent).isPresent()).toList(),
        c -> c.recency().flatMap(Recency::sinceEvent).get());
    List<Claim> result = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      Claim resolved = claim;
      if (claim.value() instanceof DerivedDate derived && derived.resolved().isEmpty()) {
        Optional<DateValue> anchor = EventVocabulary.eventType(derived.anchorText())
            .flatMap(type -> onlyEventDay(events, type, claim));
        Optional<DateValue> date = anchor.flatMap(derived::resolveWith);
        if (date.isPresent()) {
          resolved = claim.withValue(new DerivedDate(derived.offset(), derived.anchorSpan(), derived.anchorText(),
              anchor, date, derived.modifier()));
        }
      }
      if (resolved.recency().isPresent()) {
        resolved = sinceAnchor(resolved, sinceClaims, events);
      }
      result.add(resolved);
    }
    return ImmutableList.copyOf(result);
  }

  /** Whether the claim has an anchor to date: an undated derived date, or a recency claim's undated since-anchor. */
  private static boolean mayBeAnchored(Claim claim) {
    return claim.recency().filter(AnchorResolver::hasUndatedSinceAnchor).isPresent()
        || claim.value() instanceof DerivedDate derived && derived.resolved().isEmpty();
  }

  /** "Since the summit" still undated: a since-clause derived from an event whose day is not known yet. */
  private static boolean hasUndatedSinceAnchor(Recency recency) {
    return recency.since().flatMap(Recency::dateOf).isEmpty() && recency.sinceEvent().isPresent()
        && recency.since().orElse(null) instanceof DerivedDate;
  }

  private static Claim sinceAnchor(Claim claim, com.google.common.collect.ListMultimap<String, Claim> claims,
      EventsByType events) {
    Recency recency = claim.recency().get();
    if (!hasUndatedSinceAnchor(recency)) {
      return claim;
    }
    DerivedDate anchor = (DerivedDate) recency.since().get();
    String type = recency.sinceEvent().get();
    Optional<DateValue> fromClaims = claims.get(type).stream()
        .filter(c -> c != claim)
        .filter(c -> SubjectGroups.compatible(c.subject().participants(), claim.subject().participants()))
        .flatMap(c -> c.recency().flatMap(Recency::since).flatMap(Recency::dateOf).stream())
        .findFirst();
    Optional<DateValue> date = fromClaims.or(() -> onlyEventDay(events, type, claim));
    if (date.isEmpty()) {
      return claim;
    }
    DerivedDate dated = new DerivedDate(anchor.offset(), anchor.anchorSpan(), anchor.anchorText(), date,
        anchor.resolveWith(date.get()), anchor.modifier());
    return claim.withValue(dated).withRecency(recency.withSince(dated));
  }

  private static Optional<DateValue> onlyEventDay(EventsByType events,
      String type, Claim claim) {
    List<Event> candidates = events.get(type).stream()
        .filter(Event::isDated)
        .filter(e -> SubjectGroups.compatible(e.participants(), claim.subject().participants()))
        .toList();
    if (candidates.size() != 1) {
      return Optional.empty();
    }
    return candidates.get(0).claims().stream()
        .map(Claim::value).filter(DateValue.class::isInstance).map(DateValue.class::cast)
        .min(Comparator.comparingLong(AnchorResolver::width));
  }

  private static long width(DateValue value) {
    return java.time.temporal.ChronoUnit.DAYS.between(value.first(), value.last());
  }
}
