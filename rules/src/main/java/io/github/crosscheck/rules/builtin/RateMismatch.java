package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.normalize.PercentValue;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.MeasureComparison;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.Verdict;

/** Two sources give incompatible rates or percentages for the same subject. */
public final class RateMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("rate-mismatch")
      .summary("Sources give incompatible percentages or rates for the same subject")
      .description("Percentages of the same subject (a tariff, a turnout, a vote share) are compared in the same unit "
          + "only: percentage points are never compared with percent. A threatened or planned rate is compared only "
          + "with other threats or plans, never with a rate in force. The rate tolerance is in percentage points.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2024-11-04] Final results put {{turnout at 61 percent}}.",
          "[daily 2024-11-04] Final results showed {{turnout of 68 percent}}.")
      .passes("[wire 2024-11-04] Final results put turnout at 61 percent.",
          "[daily 2024-11-04] Turnout was 61% according to the final count.")
      .passes("[wire 2025-01-17] He has threatened tariffs of 60 percent on Chinese imports.",
          "[daily 2025-01-17] Tariffs of 10 percent on Chinese imports took effect in 2019.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    return MeasureComparison.absolute(context, INFO.id(), ClaimKind.RATE,
        claim -> ((PercentValue) claim.value()).unit() + "/" + intent(claim.modality()), context.config().ratePoints());
  }

  /** Threats and plans are compared among themselves, everything else together. */
  static String intent(Modality modality) {
    return modality == Modality.THREATENED || modality == Modality.PLANNED ? modality.id() : "stated";
  }
}
