package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.rules.AsOf.Relation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The comparison shared by the count, rate and money rules: claims of one predicate are split into
 * subjects, then by a comparability key (currency, percent or points, threatened or not), then
 * swept into value clusters; two neighbouring clusters conflict. A conflict between figures of the
 * same moment is a contradiction, between figures of unknown moments a possible one, and between
 * figures of different moments an update (no finding).
 */
public final class MeasureComparison {
  private MeasureComparison() {}

  /** Compares with a relative tolerance (counts, money). */
  public static ImmutableList<Finding> relative(RuleContext context, String rule, ClaimKind kind,
      Function<Claim, String> comparable, BigDecimal tolerance) {
    return findings(context, rule, kind, comparable, r -> Intervals.widen(r, tolerance));
  }

  /** Compares with an absolute tolerance (rates, in percentage points). */
  public static ImmutableList<Finding> absolute(RuleContext context, String rule, ClaimKind kind,
      Function<Claim, String> comparable, BigDecimal tolerance) {
    return findings(context, rule, kind, comparable, r -> Intervals.widenBy(r, tolerance));
  }

  private static ImmutableList<Finding> findings(RuleContext context, String rule, ClaimKind kind,
      Function<Claim, String> comparable, Function<Range<BigDecimal>, Range<BigDecimal>> slack) {
    List<Finding> findings = new ArrayList<>();
    for (ImmutableList<Claim> group : context.claims().groups(kind)) {
      ImmutableList<ImmutableList<Claim>> subjects = context.subjects(group);
      for (int s = 0; s < subjects.size(); s++) { // by index: most groups hold one subject
        ImmutableList<Claim> subject = subjects.get(s);
        if (subject.size() < 2) {
          continue; // one figure contradicts nothing
        }
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Claim claim : subject) {
          if (context.amount(claim).isPresent()) {
            String key = comparable.apply(claim) + "|" + claim.subject().qualifier();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
          }
        }
        for (List<Claim> claims : byKey.values()) {
          var clusters = ValueClusters.of(claims, c -> context.amount(c).orElseThrow(),
              (a, b) -> Intervals.overlap(slack.apply(a), slack.apply(b)));
          for (int i = 0; i + 1 < clusters.size(); i++) {
            conflict(context, rule, clusters.get(i).claims(), clusters.get(i + 1).claims()).ifPresent(findings::add);
          }
        }
      }
    }
    return ImmutableList.copyOf(findings);
  }

  private static Optional<Finding> conflict(RuleContext context, String rule, List<Claim> low, List<Claim> high) {
    // The claims of a same-moment pair, each once, in the order first seen: a set, since many copies
    // of one story make clusters of hundreds.
    Set<Claim> sameTime = new LinkedHashSet<>();
    boolean unknown = false;
    for (Claim a : low) {
      for (Claim b : high) {
        Relation relation = AsOf.relation(a, b, context);
        if (relation == Relation.SAME_TIME) {
          sameTime.add(a);
          sameTime.add(b);
        } else if (relation == Relation.UNKNOWN) {
          unknown = true;
        }
      }
    }
    if (sameTime.isEmpty() && !unknown) {
      return Optional.empty();
    }
    Verdict verdict = sameTime.isEmpty() ? Verdict.POSSIBLE_CONTRADICTION : Verdict.CONTRADICTION;
    List<Claim> cited = sameTime.isEmpty() ? concat(low, high) : new ArrayList<>(sameTime);
    Set<Claim> lows = new HashSet<>(low);
    Set<Claim> highs = new HashSet<>(high);
    Claim a = cited.stream().filter(lows::contains).findFirst().orElse(low.get(0));
    Claim b = cited.stream().filter(highs::contains).findFirst().orElse(high.get(0));
    String timing = verdict == Verdict.CONTRADICTION
        ? "They describe the same moment, so the figures cannot both hold, even allowing for rounding."
        : "Their publication times are unknown, so one may be an update of the other; if they describe the same"
            + " moment, the figures cannot both hold.";
    String explanation = Describe.claim(a) + " puts " + a.subject().predicate() + " at " + Describe.value(a.value())
        + "; " + Describe.claim(b) + " puts it at " + Describe.value(b.value()) + ". " + timing;
    ImmutableList<Claim> claims = ImmutableList.copyOf(cited);
    return Optional.of(Finding.of(rule, verdict, context.confidence(verdict == Verdict.CONTRADICTION ? 0.9 : 0.6, claims),
        claims, Optional.empty(), explanation));
  }

  private static List<Claim> concat(List<Claim> a, List<Claim> b) {
    List<Claim> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
