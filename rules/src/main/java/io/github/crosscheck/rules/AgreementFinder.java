package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.rules.event.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * An agreement with where it stands in a report: after the agreements of earlier steps (events,
   * deadlines, figures, recency), of earlier groups (the event's position, the kind and predicate)
   * and of earlier subjects (named before unnamed, then by first claim id). Parts of a check found
   * apart ({@link CheckParts}) merge by it, with a stable sort, into the order one finder gives.
   * {@code event} is the index of the agreement's event among its part's events, or -1 when it is
   * about no event.
   */
  record Placed(Agreement agreement, int step, int event, int kind, String predicate, int unnamed, String first) {
    /**
     * The agreements in report order, given the position of each one's event among all events (0 for
     * an agreement about no event): by step, event position, kind, predicate, unnamed and first
     * claim. Each position is found once, not at every comparison of a large check's sort.
     */
    static List<Placed> inReportOrder(List<Placed> agreements, int[] eventPosition) {
      List<Positioned> positioned = new ArrayList<>(agreements.size());
      for (int a = 0; a < agreements.size(); a++) {
        positioned.add(new Positioned(agreements.get(a), eventPosition[a]));
      }
      positioned.sort(Positioned.ORDER);
      List<Placed> ordered = new ArrayList<>(positioned.size());
      positioned.forEach(p -> ordered.add(p.placed()));
      return ordered;
    }
  }

  /** An agreement with its event's position among all events, for sorting. */
  private record Positioned(Placed placed, int position) {
    static final Comparator<Positioned> ORDER = Comparator.comparingInt((Positioned p) -> p.placed().step())
        .thenComparingInt(Positioned::position)
        .thenComparingInt(p -> p.placed().kind()).thenComparing(p -> p.placed().predicate())
        .thenComparingInt(p -> p.placed().unnamed()).thenComparing(p -> p.placed().first());
  }

  static List<Placed> placed(RuleContext context) {
    List<Placed> agreements = new ArrayList<>();
    for (int e = 0; e < context.events().size(); e++) {
      Event event = context.events().get(e);
      if (event.isDated() && event.claims().size() >= 2) {
        agreements.add(new Placed(new Agreement(event.subject(), iso(event.days().get()), event.claims()),
            0, e, 0, "", 0, ""));
      }
    }
    for (ImmutableList<Claim> subject : SubjectGroups.joiningAnonymous(context.claims().ofKind(ClaimKind.DEADLINE),
        c -> context.storyOf(c.documentId()))) {
      if (subject.size() < 2) {
        continue;
      }
      for (Agreement agreement : dated(subject, "deadline", ClaimValues::days)) {
        agreements.add(placed(agreement, 1, 0, "", subject));
      }
    }
    List<ClaimKind> figures = List.of(ClaimKind.COUNT, ClaimKind.RATE, ClaimKind.MONEY);
    for (int k = 0; k < figures.size(); k++) {
      ClaimKind kind = figures.get(k);
      BigDecimal tolerance = context.config().quantityTolerance();
      for (ImmutableList<Claim> group : context.claims().groups(kind)) {
        ImmutableList<ImmutableList<Claim>> subjects = context.subjects(group);
        for (int s = 0; s < subjects.size(); s++) { // by index: most groups hold one subject
          ImmutableList<Claim> subject = subjects.get(s);
          if (subject.size() < 2) {
            continue; // an agreement needs two sources
          }
          Map<String, List<Claim>> byUnit = new LinkedHashMap<>();
          subject.stream().filter(c -> context.amount(c).isPresent())
              .forEach(c -> byUnit.computeIfAbsent(unit(c) + "|" + c.subject().qualifier(), x -> new ArrayList<>())
                  .add(c));
          for (List<Claim> claims : byUnit.values()) {
            var clusters = ValueClusters.of(claims, c -> context.amount(c).orElseThrow(),
                (a, b) -> Intervals.compatible(a, b, tolerance));
            for (var cluster : clusters) {
              if (fromTwoSources(cluster.claims())) {
                agreements.add(placed(new Agreement(kind.id() + " " + cluster.claims().get(0).subject().key(),
                    Describe.value(cluster.claims().get(0).value()), cluster.claims()), 2, k,
                    group.get(0).subject().predicate(), subject));
              }
            }
          }
        }
      }
    }
    for (ImmutableList<Claim> group : context.claims().groups(ClaimKind.RECENCY)) {
      for (ImmutableList<Claim> subject : context.subjects(group)) {
        if (subject.size() < 2) {
          continue;
        }
        for (Agreement agreement : recency(subject)) {
          agreements.add(placed(agreement, 3, 0, group.get(0).subject().predicate(), subject));
        }
      }
    }
    return agreements;
  }

  private static Placed placed(Agreement agreement, int step, int kind, String predicate, List<Claim> subject) {
    Claim first = subject.get(0);
    return new Placed(agreement, step, -1, kind, predicate, first.subject().participants().isEmpty() ? 1 : 0, first.id());
  }

  private static List<Agreement> dated(List<Claim> claims, String what,
      Function<Claim, Optional<Range<LocalDate>>> days) {
    List<Agreement> agreements = new ArrayList<>();
    List<Claim> dated = claims.stream().filter(c -> days.apply(c).isPresent()).toList();
    for (var cluster : ValueClusters.of(dated, c -> days.apply(c).orElseThrow(), Intervals::overlap)) {
      if (fromTwoSources(cluster.claims())) {
        agreements.add(new Agreement(what + " " + cluster.claims().get(0).subject().key(), iso(cluster.shared()),
            cluster.claims()));
      }
    }
    return agreements;
  }

  /** Recency claims about one occasion whose previous-occurrence windows overlap. */
  private static List<Agreement> recency(List<Claim> claims) {
    List<Agreement> agreements = new ArrayList<>();
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
    return agreements;
  }

  private static String unit(Claim claim) {
    return claim.value() instanceof io.github.crosscheck.core.normalize.PercentValue p ? p.unit().name()
        : claim.value() instanceof io.github.crosscheck.core.normalize.MoneyValue m ? m.currency() : "";
  }

  /** Whether the claims come from at least two documents. */
  private static boolean fromTwoSources(List<Claim> claims) {
    String first = claims.get(0).documentId();
    for (int i = 1; i < claims.size(); i++) {
      if (!claims.get(i).documentId().equals(first)) {
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
