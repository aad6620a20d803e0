package com.example.newsroom;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.normalize.MoneyValue;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Two sources give the same amount, one a thousand times the other: "$4.2 billion" and "$4.2 million". */
public final class MillionBillionSlip implements Rule {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final RuleInfo INFO = RuleInfo.builder("million-billion-slip")
      .summary("Two sources give amounts a thousand times apart")
      .description("Compares every amount of money with the amounts of the other sources, whatever the"
          + " subject: a factor of exactly 1,000 in the same currency is the mark of a million/billion slip.")
      .severity(Verdict.POSSIBLE_CONTRADICTION)
      .flags("[wire 2025-03-10] Corvane agreed to buy Lindqvist Rail for {{$4.2 billion}}.",
          "[daily 2025-03-10] Corvane will pay {{$4.2 million}} for the rail operator.")
      .passes("[wire 2025-03-10] Corvane agreed to buy Lindqvist Rail for $4.2 billion.",
          "[daily 2025-03-10] Corvane will pay $4.2 billion for the rail operator.")
      .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    ImmutableList<Claim> amounts = context.claims().ofKind(ClaimKind.MONEY);
    for (Claim large : amounts) {
      for (Claim small : amounts) {
        if (!large.documentId().equals(small.documentId()) && thousandTimes(large, small)) {
          ImmutableList<Claim> cited = ImmutableList.of(large, small);
          findings.add(Finding.of(INFO.id(), INFO.severity(), context.confidence(0.8, cited), cited,
              Optional.empty(), large.documentId() + " says \"" + large.evidence().quote() + "\", "
                  + small.documentId() + " says \"" + small.evidence().quote()
                  + "\": the same figure a thousand times apart, which looks like a million/billion slip."));
        }
      }
    }
    return ImmutableList.copyOf(findings);
  }

  private static boolean thousandTimes(Claim large, Claim small) {
    if (large.value() instanceof MoneyValue a && small.value() instanceof MoneyValue b) {
      return a.currency().equals(b.currency())
          && a.amount().value().compareTo(b.amount().value().multiply(THOUSAND)) == 0;
    }
    return false;
  }
}
