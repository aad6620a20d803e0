package com.example.newsroom;

import static io.github.crosscheck.fixtures.harness.CrosscheckAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.fixtures.harness.RuleTester;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Verdict;
import org.junit.jupiter.api.Test;

class MillionBillionSlipTest {
  private final RuleTester tester = RuleTester.of(new MillionBillionSlip());

  @Test
  void everyCatalogueExampleHolds() {
    RuleTester.runExamples(new MillionBillionSlip());
  }

  @Test
  void flagsTheSameFigureInMillionsAndBillions() {
    tester.source("wire", "2025-03-10", "The port authority will spend {{€1.5 billion}} on new cranes.")
        .source("daily", "2025-03-11", "New cranes will cost the port {{€1.5 million}}, officials said.")
        .expectVerdict(Verdict.POSSIBLE_CONTRADICTION)
        .run();
  }

  @Test
  void leavesOtherCurrenciesAlone() {
    tester.source("wire", "2025-03-10", "The port authority will spend €1.5 billion on new cranes.")
        .source("daily", "2025-03-11", "New cranes will cost the port $1.5 million, officials said.")
        .run();
  }

  @Test
  void registeredRuleRunsWithTheBuiltInOnes() {
    Checker checker = Checker.builder().addRule(new MillionBillionSlip()).build();
    Report report = checker.check(Story.of(
        Document.of("wire.txt", PublicationTime.parse("2025-03-10"),
            "Corvane Industries agreed on Monday to buy Lindqvist Rail for $4.2 billion in cash."),
        Document.of("daily.txt", PublicationTime.parse("2025-03-10"),
            "Corvane Industries will pay $4.2 million for Lindqvist Rail, the company said.")));

    assertEquals("million-billion-slip", checker.rules().get(checker.rules().size() - 1).info().id());
    assertThat(report).hasFinding("million-billion-slip")
        .between("wire.txt", "$4.2 billion").and("daily.txt", "$4.2 million")
        .withVerdict(Verdict.POSSIBLE_CONTRADICTION);
  }
}
