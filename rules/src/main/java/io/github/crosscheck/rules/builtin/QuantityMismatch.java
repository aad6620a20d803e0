package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.MeasureComparison;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.Verdict;

/** Two sources give counts of the same thing, at the same moment, that cannot both hold. */
public final class QuantityMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("quantity-mismatch")
      .summary("Sources give incompatible counts for the same subject at the same time")
      .description("Counts (users, deaths, injured, jobs, countries) of the same subject are compared as intervals: "
          + "a modifier widens them (\"nearly 170 million\" is just under 170 million), a round figure is taken as "
          + "rounded, and a configurable relative tolerance is added. Figures published at different times are "
          + "updates, not contradictions: a toll that rises from 8 to 23 between two bulletins is news, not an error.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2025-06-02T14:05:00Z] Officials said {{112 people were injured}} in the collapse.",
          "[daily 2025-06-02T14:05:00Z] Officials said {{40 people were injured}} in the collapse.")
      .passes("[wire 2025-01-17] The app has 170 million users in the United States.",
          "[daily 2025-01-17] The app has nearly 170 million users in the United States.")
      .passes("[wire 2025-06-02T08:00:00Z] At least 8 people were killed in the collapse.",
          "[daily 2025-06-02T19:00:00Z] The collapse killed 23 people, officials said.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    return MeasureComparison.relative(context, INFO.id(), ClaimKind.COUNT,
        claim -> RateMismatch.intent(claim.modality()), context.config().quantityTolerance());
  }
}
