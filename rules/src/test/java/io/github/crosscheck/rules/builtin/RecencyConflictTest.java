package io.github.crosscheck.rules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecencyConflictTest {
  private static final String FOUR_YEARS = "Valente and Mbala held their first call in four years on Friday, aides said.";
  private static final String THREE_MONTHS = "Valente and Mbala spoke on Friday, their first call in three months.";
  private static final Checker CHECKER = Checker.builder().rules(List.of(new RecencyConflict())).build();

  /** {@code count} undated copies of each sentence, as a wire story is republished without its date. */
  private static List<Document> undatedCopies(int count) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(Document.undated("four-" + i + ".txt", FOUR_YEARS));
      documents.add(Document.undated("three-" + i + ".txt", THREE_MONTHS));
    }
    return documents;
  }

  private static List<Finding> recencyFindings(Report report) {
    return report.findings().stream().filter(f -> f.rule().equals("recency-conflict")).toList();
  }

  /** The report's recency findings are one possible contradiction, citing this many claims. */
  private static void assertOnePossibleContradictionCiting(int claims, Report report) {
    List<Finding> findings = recencyFindings(report);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Verdict.POSSIBLE_CONTRADICTION, findings.get(0).verdict());
    assertEquals(claims, findings.get(0).claims().size());
  }

  @Test
  void undatedCopiesOfOneDisagreementAreOneFindingCitingEveryCopy() {
    Report report = CHECKER.check(Story.of(undatedCopies(6)));
    long recencyClaims = report.claims().stream().filter(c -> c.kind() == ClaimKind.RECENCY).count();
    assertEquals(12, recencyClaims);
    assertOnePossibleContradictionCiting(12, report);
  }

  @Test
  void twoUndatedSourcesThatDisagreeAreOnePossibleContradictionOfTheirTwoClaims() {
    assertOnePossibleContradictionCiting(2, CHECKER.check(Story.of(undatedCopies(1))));
  }

  @Test
  void undatedCopiesAgainstDatedOnesAreOneFindingNotOnePerPair() {
    List<Document> documents = new ArrayList<>();
    PublicationTime friday = PublicationTime.ofDate(LocalDate.of(2025, 3, 7));
    for (int i = 0; i < 4; i++) {
      documents.add(Document.of("dated-" + i + ".txt", friday, FOUR_YEARS));
      documents.add(Document.undated("undated-" + i + ".txt", THREE_MONTHS));
    }
    // A second call on another day: the undated claims cannot be placed on either, so stay undated.
    documents.add(Document.of("june.txt", PublicationTime.ofDate(LocalDate.of(2025, 6, 6)),
        "Valente and Mbala held another call on Friday."));
    assertOnePossibleContradictionCiting(8, CHECKER.check(Story.of(documents)));
  }

  @Test
  void undatedSourcesThatAgreeMakeNoFinding() {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      documents.add(Document.undated("four-" + i + ".txt", FOUR_YEARS));
    }
    assertEquals(List.of(), recencyFindings(CHECKER.check(Story.of(documents))));
  }
}
