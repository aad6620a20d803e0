package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.rules.event.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the claims of different sources that corroborate one value: an event dated alike by several
 * sources, deadlines whose days overlap, figures within tolerance, recency claims about the same
 * occasion that place the previous occurrence compatibly. The value reported is what they share.
 */
final class AgreementFinder {
  private AgreementFinder() {}

  static ImmutableList<Agreement> find(RuleContext context) {
    List<Agreement> agreements = new ArrayList<>();
    for (Event event : context.events()) {
      if (event.isDated() && event.claims().size() >= 2) {
        agreements.add(new Agreement(event.subject(), iso(event.days().get()), event.claims()));
      }
    }
    for (ImmutableList<Claim> subject : SubjectGroups.joiningAnonymous(context.claims().ofKind(ClaimKind.DEADLINE),
        c -> context.storyOf(c.documentId()))) {
      dated(subject, "deadline", ClaimValues::days, agreements);
    }
    for (ClaimKind kind : List.of(ClaimKind.COUNT, ClaimKind.RATE, ClaimKind.MONEY)) {
      BigDecimal tolerance = context.config().quantityTolerance();
      for (ImmutableList<Claim> group : context.claims().groups(kind)) {
        for (ImmutableList<Claim> subject : context.subjects(group)) {
          Map<String, List<Claim>> byUnit = new LinkedHashMap<>();
          subject.stream().filter(c -> ClaimValues.amount(c).isPresent())
              .forEach(c -> byUnit.computeIfAbsent(unit(c) + "|" + c.subject().qualifier(), k -> new ArrayList<>())
                  .add(c));
          for (List<Claim> claims : byUnit.values()) {
            var clusters = ValueClusters.of(claims, c -> ClaimValues.amount(c).orElseThrow(),
                (a, b) -> Intervals.compatible(a, b, tolerance));
            for (var cluster : clusters) {
              if (fromTwoSources(cluster.claims())) {
                agreements.add(new Agreement(kind.id() + " " + cluster.claims().get(0).subject().key(),
                    Describe.value(cluster.claims().get(0).value()), cluster.claims()));
              }
            }
          }
        }
      }
    }
    for (ImmutableList<Claim> group : context.claims().groups(ClaimKind.RECENCY)) {
      for (ImmutableList<Claim> subject : context.subjects(group)) {
        recency(subject, agreements);
      }
    }
    return ImmutableList.copyOf(agreements);
  }

  private static void dated(List<Claim> claims, String what, Function<Claim, Optional<Range<LocalDate>>> days,
      List<Agreement> agreements) {
    List<Claim> dated = claims.stream().filter(c -> days.apply(c).isPresent()).toList();
    for (var cluster : ValueClusters.of(dated, c -> days.apply(c).orElseThrow(), Intervals::overlap)) {
      if (fromTwoSources(cluster.claims())) {
        agreements.add(new Agreement(what + " " + cluster.claims().get(0).subject().key(), iso(cluster.shared()),
            cluster.claims()));
      }
    }
  }

  /** Recency claims about one occasion whose previous-occurrence windows overlap. */
  private static void recency(List<Claim> claims, List<Agreement> agreements) {
    Map<LocalDate, List<Claim>> byOccasion = new LinkedHashMap<>();
    for (Claim claim : claims) {
      claim.recency().flatMap(r -> r.occasion()).flatMap(ClaimValues::days)
          .filter(r -> r.lowerEndpoint().equals(r.upperEndpoint()))
          .ifPresent(r -> byOccasion.computeIfAbsent(r.lowerEndpoint(), k -> new ArrayList<>()).add(claim));
    }
    byOccasion.forEach((day, onDay) -> {
      List<Claim> windowed = onDay.stream().filter(c -> c.recency().get().previousOccurrence(day).isPresent()).toList();
      for (var cluster : ValueClusters.of(windowed, c -> c.recency().get().previousOccurrence(day).orElseThrow(),
          Intervals::overlap)) {
        if (fromTwoSources(cluster.claims())) {
          Claim first = cluster.claims().get(0);
          agreements.add(new Agreement("recency " + first.subject().key() + " of " + day,
              "previous " + first.subject().predicate() + " " + Describe.days(cluster.shared()), cluster.claims()));
        }
      }
    });
  }

  private static String unit(Claim claim) {
    return claim.value() instanceof io.github.crosscheck.core.normalize.PercentValue p ? p.unit().name()
        : claim.value() instanceof io.github.crosscheck.core.normalize.MoneyValue m ? m.currency() : "";
  }

  /** Whether the claims come from at least two documents. */
  private static boolean fromTwoSources(List<Claim> claims) {
    String first = claims.get(0).documentId();
    for (Claim claim : claims) {
      if (!claim.documentId().equals(first)) {
        return true;
      }
    }
    return false;
  }

  static String iso(Range<LocalDate> days) {
    if (!days.hasLowerBound() || !days.hasUpperBound()) {
      return Describe.days(days);
    }
    return days.lowerEndpoint().equals(days.upperEndpoint()) ? days.lowerEndpoint().toString()
        : days.lowerEndpoint() + "/" + days.upperEndpoint();
  }
}
