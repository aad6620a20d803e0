package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.UnresolvedDate;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Intervals;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares relative dates of sources whose publication times are unknown ("in two weeks",
 * "starting Monday"). Neither can be placed on the calendar, but both can be resolved against one
 * shared, hypothetical publication day: if they name different days whatever weekday that is, they
 * conflict should the sources have been published together — a possible contradiction, never more.
 */
final class UndatedComparison {
  /** The hypothetical shared publication days: every day of a year, so month names and weekdays both vary. */
  private static final LocalDate PROBE = LocalDate.of(2001, 1, 1);
  private static final int PROBE_DAYS = 371;
  /** Bounds the pairs compared in one group; undated relative claims are few in real stories. */
  private static final int MAX_CLAIMS = 200;

  private UndatedComparison() {}

  static List<Finding> conflicts(RuleContext context, String rule, List<Claim> claims, String what) {
    if (claims.stream().noneMatch(c -> c.value() instanceof UnresolvedDate)) {
      return List.of();
    }
    List<Claim> undated = claims.stream().filter(c -> c.value() instanceof UnresolvedDate)
        .limit(MAX_CLAIMS).toList();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < undated.size(); i++) {
      for (int j = i + 1; j < undated.size(); j++) {
        Claim a = undated.get(i);
        Claim b = undated.get(j);
        if (!a.documentId().equals(b.documentId()) && context.sameStory(a.documentId(), b.documentId())
            && neverAgree(a, b)) {
          ImmutableList<Claim> pair = ImmutableList.of(a, b);
          findings.add(Finding.of(rule, Verdict.POSSIBLE_CONTRADICTION, context.confidence(0.5, pair), pair,
              Optional.empty(), Describe.claim(a) + " and " + Describe.claim(b) + " give the " + what
                  + " relative to publication dates that are unknown. Had both been published on the same day, they"
                  + " would name different days; they agree only if one was published later."));
        }
      }
    }
    return findings;
  }

  private static boolean neverAgree(Claim a, Claim b) {
    for (int day = 0; day < PROBE_DAYS; day++) {
      PublicationTime probe = PublicationTime.ofDate(PROBE.plusDays(day));
      Optional<Range<LocalDate>> ra = ((UnresolvedDate) a.value()).resolve(probe).map(DateValue::range);
      Optional<Range<LocalDate>> rb = ((UnresolvedDate) b.value()).resolve(probe).map(DateValue::range);
      if (ra.isEmpty() || rb.isEmpty() || Intervals.overlap(ra.get(), rb.get())) {
        return false;
      }
    }
    return true;
  }
}
