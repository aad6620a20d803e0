package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Intervals;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.SubjectGroups;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.event.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.github.crosscheck.rules.ValueClusters;
import java.util.Optional;

/**
 * Recency claims against each other and against the timeline. "The first call in four years" made
 * about a call on D says the previous call was about four years before D and none came since;
 * "their first in three months" says the previous one was about three months before. About the
 * same call, both cannot hold: a contradiction. About calls on different days, both can: the
 * finding says they are distinct events, so an editor does not conflate them. When the days are
 * unknown, it is a possible contradiction. A known event inside a claim's quiet period
 * contradicts the claim.
 */
public final class RecencyConflict implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("recency-conflict")
      .summary("Recency claims disagree about when the previous occurrence was")
      .description("A recency claim (\"the first call in four years\", \"their first since 2021\", \"last spoke in "
          + "March\") places the previous occurrence in a window before the occasion it describes. Two claims about "
          + "the same occasion whose windows do not overlap contradict each other; about different occasions they are "
          + "reported as distinct events; with unknown dates as a possible contradiction. Each claim is also checked "
          + "against every dated event of the same kind: none may fall in its quiet period.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2025-03-07] Valente and Mbala held {{their first call in four years}} on Friday.",
          "[daily 2025-03-07] The call on Friday between Valente and Mbala was {{their first in three months}}.")
      .passes("[wire 2025-01-17] Trump and Xi held their first phone call in four years on Friday.",
          "[daily 2025-01-17] Trump and Xi spoke on Friday, their first direct exchange since 2021.")
      .flags("[wire 2026-06-15] It is {{the largest fire in the county since 2012}}, the forest service said.",
          "[daily 2026-06-16] The blaze is {{the biggest fire in the county in five years}}.")
      .passes("[wire 2026-06-15] It is the largest fire in the county since 2012, the forest service said.",
          "[daily 2026-06-16] The blaze is the biggest in the county in a decade.")
      .build();

  /** An event this close to the occasion is the occasion itself, loosely dated ("arrived Friday for Saturday's summit"). */
  private static final int SAME_OCCASION_DAYS = 3;

  /**
   * The day undated claims are measured back from among themselves: a gap ("in four years") puts the
   * previous occurrence the same distance back from any day, so any day compares them.
   */
  private static final LocalDate UNDATED_PROBE = LocalDate.of(2001, 1, 1);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ImmutableList<Claim> group : context.claims().groups(ClaimKind.RECENCY)) {
      for (ImmutableList<Claim> subject : context.subjects(group)) {
        if (subject.size() == 1) {
          findings.addAll(againstTimeline(context, subject.get(0))); // nothing to pair it with
          continue;
        }
        findings.addAll(sameOccasions(context, subject));
        List<Claim> dated = new ArrayList<>();
        List<Claim> undated = new ArrayList<>();
        for (Claim claim : subject) {
          (RecencyWindows.occasion(claim).isPresent() ? dated : undated).add(claim);
          findings.addAll(againstTimeline(context, claim));
        }
        List<Finding> pairs = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
          for (int j = i + 1; j < dated.size(); j++) {
            pair(context, dated.get(i), dated.get(j)).ifPresent(pairs::add);
          }
        }
        findings.addAll(mergeDistinct(context, pairs));
        findings.addAll(undatedConflicts(context, dated, undated));
      }
    }
    findings.addAll(ContactTension.findings(context, INFO.id()));
    return ImmutableList.copyOf(findings);
  }

  /** Two claims about dated occasions; claims about one occasion are compared together, in sameOccasions. */
  private static Optional<Finding> pair(RuleContext context, Claim a, Claim b) {
    if (a.documentId().equals(b.documentId())) {
      return Optional.empty();
    }
    LocalDate da = RecencyWindows.occasion(a).orElseThrow();
    LocalDate db = RecencyWindows.occasion(b).orElseThrow();
    return da.equals(db) ? Optional.empty() : differentOccasions(context, a, b, da, db);
  }

  /**
   * Claims stating a gap whose occasion cannot be dated, against each other and against the dated
   * claims of each occasion. The claims are swept into clusters whose windows for the previous
   * occurrence overlap, measured back from the occasion (or, for the undated alone, from any one day);
   * two neighbouring clusters from more than one document, one holding an undated claim and the other
   * a claim not compared with it yet, are one possible contradiction citing the claims of both. So
   * copies of a story without dates make a finding per disagreement, not one per pair of claims.
   */
  private static List<Finding> undatedConflicts(RuleContext context, List<Claim> dated, List<Claim> undated) {
    List<Claim> gaps = undated.stream().filter(RecencyWindows::hasGap).toList();
    List<Finding> findings = new ArrayList<>();
    if (gaps.isEmpty()) {
      return findings;
    }
    findings.addAll(neighbouringClusters(context, gaps, UNDATED_PROBE, (earlier, later) -> true));
    Map<LocalDate, List<Claim>> byOccasion = new TreeMap<>();
    for (Claim claim : dated) {
      if (RecencyWindows.hasGap(claim)) {
        byOccasion.computeIfAbsent(RecencyWindows.occasion(claim).orElseThrow(), d -> new ArrayList<>()).add(claim);
      }
    }
    byOccasion.forEach((day, onDay) -> {
      List<Claim> claims = new ArrayList<>(onDay);
      claims.addAll(gaps);
      // Dated against dated is sameOccasions' finding, undated against undated the sweep above's.
      findings.addAll(neighbouringClusters(context, claims, day,
          (earlier, later) -> anyUndated(earlier) && anyDated(later) || anyDated(earlier) && anyUndated(later)));
    });
    return findings;
  }

  private static boolean undated(Claim claim) {
    return RecencyWindows.occasion(claim).isEmpty();
  }

  /** The first of the claims that is undated, or dated, as asked (the caller knows there is one). */
  private static Claim first(List<Claim> claims, boolean isUndated) {
    return claims.stream().filter(c -> undated(c) == isUndated).findFirst().orElseThrow();
  }

  /** What a finding citing {@code cited} claims adds after naming two of them. */
  private static String moreClaims(int cited) {
    return cited > 2 ? " (" + (cited - 2) + " more claims say the same.)" : "";
  }

  private static boolean anyUndated(List<Claim> claims) {
    return claims.stream().anyMatch(RecencyConflict::undated);
  }

  private static boolean anyDated(List<Claim> claims) {
    return claims.stream().anyMatch(c -> !undated(c));
  }

  /** Two neighbouring clusters of claims whose windows for the previous occurrence cannot overlap. */
  private record Neighbours(List<Claim> earlier, List<Claim> later) {
    /** The claims of both clusters, the earlier's first: what a finding about them cites. */
    ImmutableList<Claim> cited() {
      return ImmutableList.<Claim>builder().addAll(earlier).addAll(later).build();
    }
  }

  /**
   * The claims that have a window for the previous occurrence measured back from {@code day}, swept
   * into clusters whose windows overlap; each two neighbouring clusters from more than one document.
   */
  private static List<Neighbours> disagreeing(List<Claim> claims, LocalDate day) {
    List<Claim> windowed = claims.stream().filter(c -> RecencyWindows.previous(c, day).isPresent()).toList();
    var clusters = ValueClusters.of(windowed, c -> RecencyWindows.previous(c, day).orElseThrow(), Intervals::overlap);
    List<Neighbours> result = new ArrayList<>();
    for (int i = 0; i + 1 < clusters.size(); i++) {
      List<Claim> earlier = clusters.get(i).claims();
      List<Claim> later = clusters.get(i + 1).claims();
      if (!sameDocumentOnly(earlier, later)) {
        result.add(new Neighbours(earlier, later));
      }
    }
    return result;
  }

  private static List<Finding> neighbouringClusters(RuleContext context, List<Claim> claims, LocalDate day,
      java.util.function.BiPredicate<List<Claim>, List<Claim>> reported) {
    List<Finding> findings = new ArrayList<>();
    for (Neighbours pair : disagreeing(claims, day)) {
      List<Claim> earlier = pair.earlier();
      List<Claim> later = pair.later();
      if (!reported.test(earlier, later)) {
        continue;
      }
      ImmutableList<Claim> cited = pair.cited();
      // Named in the explanation: a claim of each cluster; a dated one and an undated one where they mix.
      Claim a = earlier.get(0);
      Claim b = later.get(0);
      if (anyDated(earlier) && anyUndated(later)) {
        a = first(earlier, false);
        b = first(later, true);
      } else if (anyUndated(earlier) && anyDated(later)) {
        a = first(earlier, true);
        b = first(later, false);
      }
      String undatedPart = undated(a) && undated(b) ? "The occasions they describe cannot be dated (publication dates unknown)"
          : "The " + (undated(a) ? "first" : "second") + " one's occasion cannot be dated (its publication date is unknown)";
      String explanation = Describe.claim(a) + " and " + Describe.claim(b) + " place the previous " + a.subject().predicate()
          + " at incompatible distances. " + undatedPart + ": if both describe the same " + a.subject().predicate()
          + ", they contradict each other; if not, both can be true." + moreClaims(cited.size());
      findings.add(Finding.of(INFO.id(), Verdict.POSSIBLE_CONTRADICTION, context.confidence(0.6, List.of(a, b)), cited,
          Optional.empty(), explanation));
    }
    return findings;
  }

  /**
   * The claims about one occasion, swept into clusters whose previous-occurrence windows overlap:
   * neighbouring clusters cannot both hold, and the finding cites every claim of both.
   */
  private static List<Finding> sameOccasions(RuleContext context, List<Claim> claims) {
    Map<LocalDate, List<Claim>> byOccasion = new TreeMap<>();
    for (Claim claim : claims) {
      RecencyWindows.occasion(claim).filter(day -> RecencyWindows.previous(claim, day).isPresent())
          .ifPresent(day -> byOccasion.computeIfAbsent(day, d -> new ArrayList<>()).add(claim));
    }
    List<Finding> findings = new ArrayList<>();
    byOccasion.forEach((day, onDay) -> {
      for (Neighbours pair : disagreeing(onDay, day)) {
        List<Claim> earlier = pair.earlier();
        List<Claim> later = pair.later();
        ImmutableList<Claim> cited = pair.cited();
        Claim a = earlier.get(0);
        Claim b = later.get(0);
        String explanation = Describe.claim(a) + " and " + Describe.claim(b) + " both describe the "
            + a.subject().predicate() + " of " + Describe.day(day) + ", but put the previous one "
            + window(a, day) + " and " + window(b, day) + " respectively. Both cannot be true.";
        findings.add(Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.9, List.of(a, b)), cited,
            Optional.empty(), explanation));
      }
    });
    return findings;
  }

  /**
   * Distinct-event findings about the same two occasions are one finding for the editor: every
   * claim about the one occasion set against every claim about the other.
   */
  private static List<Finding> mergeDistinct(RuleContext context, List<Finding> pairs) {
    List<Finding> result = new ArrayList<>();
    Map<String, List<Finding>> byOccasions = new TreeMap<>();
    for (Finding finding : pairs) {
      if (finding.verdict() != Verdict.DISTINCT_EVENTS) {
        result.add(finding);
        continue;
      }
      String key = finding.claims().stream().map(c -> RecencyWindows.occasion(c).map(Object::toString).orElse("?"))
          .sorted().distinct().toList().toString();
      byOccasions.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    }
    for (List<Finding> group : byOccasions.values()) {
      Finding first = group.get(0);
      if (group.size() == 1) {
        result.add(first);
        continue;
      }
      Set<Claim> once = new LinkedHashSet<>();
      group.forEach(f -> once.addAll(f.claims()));
      List<Claim> cited = new ArrayList<>(once);
      cited.sort(java.util.Comparator.comparing((Claim c) -> RecencyWindows.occasion(c).orElse(LocalDate.MIN))
          .thenComparing(Claim::id));
      result.add(Finding.of(INFO.id(), Verdict.DISTINCT_EVENTS, first.confidence(), ImmutableList.copyOf(cited),
          Optional.empty(), first.explanation() + moreClaims(cited.size())));
    }
    return result;
  }

  private static boolean sameDocumentOnly(List<Claim> a, List<Claim> b) {
    return a.stream().map(Claim::documentId).distinct().count() == 1
        && b.stream().allMatch(c -> c.documentId().equals(a.get(0).documentId()));
  }

  private static Optional<Finding> differentOccasions(RuleContext context, Claim a, Claim b, LocalDate da,
      LocalDate db) {
    Claim earlier = da.isBefore(db) ? a : b;
    Claim later = earlier == a ? b : a;
    LocalDate first = da.isBefore(db) ? da : db;
    LocalDate second = first == da ? db : da;
    if (java.time.temporal.ChronoUnit.DAYS.between(first, second) <= SAME_OCCASION_DAYS) {
      return sameOccasionLooselyDated(context, a, b, second);
    }
    Optional<Range<LocalDate>> quiet = RecencyWindows.quiet(later, second);
    if (quiet.isPresent() && quiet.get().contains(first)) {
      ImmutableList<Claim> claims = ImmutableList.of(earlier, later);
      String explanation = Describe.claim(later) + " says no " + later.subject().predicate() + " took place "
          + Describe.days(quiet.get()) + ", but " + Describe.claim(earlier) + " describes one on " + Describe.day(first)
          + ".";
      return Optional.of(Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.8, claims), claims,
          Optional.empty(), explanation));
    }
    if (compatible(a, b, da)) {
      return Optional.empty();
    }
    ImmutableList<Claim> claims = ImmutableList.of(a, b);
    String explanation = Describe.claim(a) + " describes a " + a.subject().predicate() + " on " + Describe.day(da)
        + "; " + Describe.claim(b) + " describes one on " + Describe.day(db) + ". Said of one "
        + a.subject().predicate() + " they would contradict each other, but they describe two different "
        + a.subject().predicate() + "s, so both can be true.";
    return Optional.of(Finding.of(INFO.id(), Verdict.DISTINCT_EVENTS, context.confidence(0.8, claims), claims,
        Optional.empty(), explanation));
  }

  /**
   * Occasions a few days apart are one occasion dated loosely (each article's own day, "arrived
   * Friday for Saturday's fire"): the claims contradict each other only when their windows for the
   * previous occurrence cannot overlap.
   */
  private static Optional<Finding> sameOccasionLooselyDated(RuleContext context, Claim a, Claim b, LocalDate day) {
    if (compatible(a, b, day)) {
      return Optional.empty();
    }
    ImmutableList<Claim> claims = ImmutableList.of(a, b);
    String explanation = Describe.claim(a) + " and " + Describe.claim(b) + " describe the " + a.subject().predicate()
        + " of about " + Describe.day(day) + ", but put the previous one " + window(a, day) + " and " + window(b, day)
        + " respectively. Both cannot be true.";
    return Optional.of(Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.8, claims), claims,
        Optional.empty(), explanation));
  }

  /** A known event of the same kind and participants inside the claim's quiet period contradicts it. */
  private static List<Finding> againstTimeline(RuleContext context, Claim claim) {
    List<Finding> findings = new ArrayList<>();
    Optional<LocalDate> day = RecencyWindows.occasion(claim);
    if (day.isEmpty()) {
      return findings;
    }
    Optional<Range<LocalDate>> quiet = RecencyWindows.quiet(claim, day.get());
    if (quiet.isEmpty()) {
      return findings;
    }
    for (Event event : context.eventsWithAny(claim.subject().predicate(), claim.subject().participants())) {
      if (event.day().isPresent() && quiet.get().contains(event.day().get()) && event.confidence() >= 0.7
          && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(event.day().get(), day.get())) > SAME_OCCASION_DAYS
          && !event.participants().isEmpty() && SubjectGroups.compatible(event.participants(), claim.subject().participants())) {
        ImmutableList<Claim> claims = ImmutableList.<Claim>builder().add(claim).add(event.claims().get(0)).build();
        String explanation = Describe.claim(claim) + " implies no " + claim.subject().predicate() + " "
            + Describe.days(quiet.get()) + ", but the sources date one on " + Describe.day(event.day().get()) + " ("
            + Describe.claim(event.claims().get(0)) + ").";
        findings.add(Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.75, claims), claims,
            Optional.of(event.id()), explanation));
      }
    }
    return findings;
  }

  private static boolean compatible(Claim a, Claim b, LocalDate day) {
    Optional<Range<LocalDate>> pa = RecencyWindows.previous(a, day);
    Optional<Range<LocalDate>> pb = RecencyWindows.previous(b, day);
    return pa.isEmpty() || pb.isEmpty() || Intervals.overlap(pa.get(), pb.get());
  }

  private static String window(Claim claim, LocalDate day) {
    return RecencyWindows.previous(claim, day).map(Describe::days).orElse("at an unknown time");
  }
}
