package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.rules.AsOf;
import io.github.crosscheck.rules.Changes;
import io.github.crosscheck.rules.ClaimValues;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Intervals;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.SubjectGroups;
import io.github.crosscheck.rules.ValueClusters;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.YearInference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Two sources date the same deadline differently. */
public final class DeadlineMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("deadline-mismatch")
      .summary("Sources give incompatible dates for the same deadline")
      .description("Deadlines and effective dates of the same subject are compared by the days they name, at the "
          + "granularity the text gives (\"a January 2025 deadline\" contains January 19). A deadline the text says was "
          + "moved, extended or delayed, or one reported in a later news cycle, is an update, not a contradiction. "
          + "Relative deadlines of undated sources (\"in two weeks\", \"starting Monday\") are compared as if published "
          + "the same day, which makes any conflict a possible one.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2025-02-03] The tariffs {{take effect on March 1}}.",
          "[daily 2025-02-03] The tariffs {{take effect on April 1}}.")
      .passes("[wire 2025-01-17] The law takes effect on January 19.",
          "[daily 2025-09-19] Congress had set a January 2025 deadline for a sale.")
      .passes("[wire 2025-01-17] The company must sell the app by Sunday.",
          "[daily 2025-01-17] The ban takes effect on January 19.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ImmutableList<Claim> group : context.claims().groups(ClaimKind.DEADLINE)) {
      findings.addAll(check(context, group));
    }
    return ImmutableList.copyOf(findings);
  }

  /** Deadlines of one topic: the same subject when they share a participant (or one names none). */
  private List<Finding> check(RuleContext context, List<Claim> topic) {
    List<Finding> findings = new ArrayList<>();
    for (ImmutableList<Claim> subject : SubjectGroups.joiningAnonymous(topic, c -> context.storyOf(c.documentId()))) {
      if (subject.size() < 2) {
        continue; // one deadline contradicts nothing
      }
      List<Claim> dated = subject.stream().filter(c -> ClaimValues.days(c).isPresent()).toList();
      var clusters = ValueClusters.of(dated, c -> ClaimValues.days(c).orElseThrow(), Intervals::overlap);
      for (int i = 0; i + 1 < clusters.size(); i++) {
        conflict(context, clusters.get(i).claims(), clusters.get(i + 1).claims()).ifPresent(findings::add);
      }
      UndatedComparison.conflicts(context, INFO.id(), subject, "deadline").forEach(findings::add);
    }
    return findings;
  }

  private Optional<Finding> conflict(RuleContext context, List<Claim> earlier, List<Claim> later) {
    for (Claim a : earlier) {
      for (Claim b : later) {
        if (Changes.mentioned(a) || Changes.mentioned(b) || YearInference.explains(a, b)) {
          continue;
        }
        AsOf.Relation relation = AsOf.relation(a, b, context);
        if (relation == AsOf.Relation.UPDATE) {
          continue;
        }
        Verdict verdict = relation == AsOf.Relation.SAME_TIME ? Verdict.CONTRADICTION : Verdict.POSSIBLE_CONTRADICTION;
        ImmutableList<Claim> claims = ImmutableList.of(a, b);
        String explanation = Describe.claim(a) + " sets the deadline at " + days(a) + "; " + Describe.claim(b)
            + " sets it at " + days(b) + ". "
            + (verdict == Verdict.CONTRADICTION ? "Neither says the deadline moved, so both cannot be right."
                : "Their publication times are unknown, so the deadline may have moved in between.");
        return Optional.of(Finding.of(INFO.id(), verdict, context.confidence(verdict == Verdict.CONTRADICTION ? 0.85 : 0.55,
            claims), claims, Optional.empty(), explanation));
      }
    }
    return Optional.empty();
  }

  private static String days(Claim claim) {
    Range<LocalDate> days = ClaimValues.days(claim).orElseThrow();
    return Describe.days(days);
  }
}
