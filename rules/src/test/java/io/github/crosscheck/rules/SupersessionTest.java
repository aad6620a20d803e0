package io.github.crosscheck.rules;

import static io.github.crosscheck.rules.TestClaims.count;
import static io.github.crosscheck.rules.TestClaims.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupersessionTest {
  private final Checker checker = Checker.builder().build();
  private final Entity dam = new Entity("Dalisay Dam", EntityType.PLACE);

  @Test
  void tollRisingBetweenBulletinsIsAnUpdate() {
    Report report = checker.checkExtracted(
        List.of(document("morning", "2025-08-12T07:40:00+08:00"), document("evening", "2025-08-12T19:10:00+08:00")),
        List.of(count("morning", "deaths", 8, dam), count("evening", "deaths", 23, dam)));
    assertTrue(report.findings().isEmpty(), report.findings().toString());
  }

  @Test
  void differentTollsAtTheSameMinuteContradict() {
    Report report = checker.checkExtracted(
        List.of(document("a", "2025-08-12T14:05:00+08:00"), document("b", "2025-08-12T14:05:00+08:00")),
        List.of(count("a", "injured", 112, dam), count("b", "injured", 40, dam)));
    assertEquals(List.of(Verdict.CONTRADICTION), report.findings().stream().map(Finding::verdict).toList());
  }

  @Test
  void tollsOfUnknownMomentsArePossibleContradictions() {
    Report report = checker.checkExtracted(List.of(document("a", null), document("b", null)),
        List.of(count("a", "injured", 112, dam), count("b", "injured", 40, dam)));
    assertEquals(List.of(Verdict.POSSIBLE_CONTRADICTION), report.findings().stream().map(Finding::verdict).toList());
  }

  @Test
  void countsOfDifferentSubjectsAreNotCompared() {
    Entity other = new Entity("Mariveles Bridge", EntityType.PLACE);
    Report report = checker.checkExtracted(
        List.of(document("a", "2025-08-12T14:05:00+08:00"), document("b", "2025-08-12T14:05:00+08:00")),
        List.of(count("a", "injured", 112, dam), count("b", "injured", 40, other)));
    assertTrue(report.findings().isEmpty());
  }
}
