package com.example.newsroom;

import static io.github.crosscheck.fixtures.harness.CrosscheckAssertions.assertThat;

import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.fixtures.harness.CheckStory;
import io.github.crosscheck.fixtures.harness.CrosscheckExtension;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Our three articles on the Kestrel Bay strike, checked against each other (src/test/resources/stories/port-strike). */
@ExtendWith(CrosscheckExtension.class)
@CheckStory("stories/port-strike")
class PortStrikeTest {
  @Test
  void theStrikersAreCountedDifferently(Report report) {
    assertThat(report).hasContradiction()
        .between("b.txt", "1,400 dockworkers").and("c.txt", "4,100 dockworkers")
        .fromRule("quantity-mismatch")
        .withVerdict(Verdict.CONTRADICTION);
  }

  @Test
  void theStrikeEndedOnTheTuesdayBeforePublication(Report report) {
    assertThat(report).hasClaim("a.txt", "strike on Tuesday").ofKind(ClaimKind.EVENT_DATE).withValue("2025-05-06");
  }

  @Test
  void nothingElseIsFlagged(Report report) {
    assertThat(report).hasNoFinding("date-mismatch").hasNoFinding("rate-mismatch");
  }
}
