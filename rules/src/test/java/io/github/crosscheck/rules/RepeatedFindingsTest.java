package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepeatedFindingsTest {
  private static final Claim DEATHS = TestClaims.count("a.txt", "deaths", 10);

  @Test
  void aFindingARuleMakesTwiceIsReportedOnce() {
    Rule twice = rule("twice", context -> {
      Finding finding = Finding.of("twice", Verdict.CONTRADICTION, 0.5, ImmutableList.of(DEATHS), Optional.empty(), "why");
      return ImmutableList.of(finding, finding);
    });
    assertEquals(List.of("twice:" + DEATHS.id()), ids(check(twice)));
  }

  @Test
  void findingsOfTwoRulesUnderOneIdOfTheirOwnAreReportedOnceTheFirstRulesFirst() {
    // Ids not made by Finding.of: the same id from two rules, with findings of other ids between them.
    Rule first = rule("first", context -> ImmutableList.of(finding("shared", "first"), finding("z-first", "first")));
    Rule second = rule("second", context -> ImmutableList.of(finding("a-second", "second"), finding("shared", "second")));
    Report report = check(first, second);
    assertEquals(List.of("shared", "z-first", "a-second"), ids(report));
    assertEquals("first", report.findings().get(0).rule());
  }

  private static Finding finding(String id, String rule) {
    return new Finding(id, rule, Verdict.CONTRADICTION, 0.5, ImmutableList.of(DEATHS), Optional.empty(), "why");
  }

  private static Report check(Rule... rules) {
    return Checker.builder().rules(List.of(rules)).build()
        .checkExtracted(List.of(TestClaims.document("a.txt", "2025-01-17")), List.of(DEATHS));
  }

  private static List<String> ids(Report report) {
    return report.findings().stream().map(Finding::id).toList();
  }

  private static Rule rule(String id, java.util.function.Function<RuleContext, ImmutableList<Finding>> check) {
    RuleInfo info = RuleInfo.builder(id).summary("a test rule").description("finds what the test says")
        .severity(Verdict.CONTRADICTION).build();
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public ImmutableList<Finding> check(RuleContext context) {
        return check.apply(context);
      }
    };
  }
}
