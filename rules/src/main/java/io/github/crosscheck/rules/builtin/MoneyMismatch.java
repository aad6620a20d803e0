package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.normalize.MoneyValue;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.MeasureComparison;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.Verdict;

/** Two sources give incompatible amounts of money for the same thing. */
public final class MoneyMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("money-mismatch")
      .summary("Sources give incompatible amounts of money for the same subject")
      .description("Amounts in the same currency for the same subject (a deal's value, a fine, a budget) are compared "
          + "as intervals with the same rounding and tolerance as counts. Amounts in different currencies are not "
          + "converted, so they are never compared.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2025-03-10] Calder agreed to buy the firm in a {{$4.2 billion deal}}.",
          "[daily 2025-03-10] Calder agreed to buy the firm in a {{$2.4 billion deal}}.")
      .passes("[wire 2025-03-10] Calder agreed to buy the firm in a $4.2 billion deal.",
          "[daily 2025-03-10] Calder agreed to buy the firm in a US$4.2bn deal.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    return MeasureComparison.relative(context, INFO.id(), ClaimKind.MONEY,
        claim -> ((MoneyValue) claim.value()).currency() + "/" + RateMismatch.intent(claim.modality()),
        context.config().quantityTolerance());
  }
}
