package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code contract of {@code crosscheck check}: 0 nothing at the --fail-on level, 1 something. */
class ExitCodeTest {
  @TempDir Path dir;

  @Test
  void sourcesThatAgreeExitZero() {
    Cli.Result run = Cli.run("check", Stories.agreement(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("No findings."), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void plantedContradictionExitsOne() {
    Cli.Result run = Cli.run("check", Stories.contradiction(dir).toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("[CONTRADICTION] money-mismatch"), run::toString);
  }

  @Test
  void contradictionExitsOneWithFailOnPossibleToo() {
    assertEquals(1, Cli.run("check", Stories.contradiction(dir).toString(), "--fail-on", "possible").exitCode());
  }

  @Test
  void possibleContradictionExitsZeroByDefault() {
    Cli.Result run = Cli.run("check", Stories.possibleContradiction(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("[POSSIBLE_CONTRADICTION] deadline-mismatch"), run::toString);
  }

  @Test
  void possibleContradictionExitsOneWithFailOnPossible() {
    Cli.Result run = Cli.run("check", Stories.possibleContradiction(dir).toString(), "--fail-on", "possible");
    assertEquals(1, run.exitCode(), run::toString);
  }

  @Test
  void distinctEventsAreNoContradictionEvenWithFailOnPossible() {
    Cli.Result run = Cli.run("check", Stories.example("two-calls").toString(), "--fail-on", "possible");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("[DISTINCT_EVENTS] recency-conflict"), run::toString);
  }

  @Test
  void reportWrittenToOutKeepsTheExitCode() throws IOException {
    Path out = dir.resolve("report.json");
    Cli.Result run = Cli.run("check", Stories.contradiction(dir.resolve("story")).toString(), "--format", "json",
        "--out", out.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertTrue(Files.readString(out).contains("\"verdict\" : \"CONTRADICTION\""));
  }

  @Test
  void outReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = Stories.write(dir.resolve("report.txt"), "old");
    Cli.Result run = Cli.run("check", Stories.agreement(dir.resolve("story")).toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.readString(out).startsWith("crosscheck: 2 documents"));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "only the story folder and the report");
    }
  }

  @Test
  void rulesRestrictsTheCheck() {
    Cli.Result run = Cli.run("check", Stories.contradiction(dir).toString(), "--rules", "date-mismatch,rate-mismatch");
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void publishedDatesTurnThePossibleContradictionIntoAnAgreement() {
    // Published on Thursday 16 January 2025, "Sunday" is January 19. A key may be the id or a path to the file.
    Cli.Result run = Cli.run("check", Stories.possibleContradiction(dir).toString(), "--fail-on", "possible",
        "--published", "wire.txt=2025-01-16", "--published", dir.resolve("daily.txt") + "=2025-01-16");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("deadline takes effect [] = 2025-01-19  (2 claims in 2 sources)"), run::toString);
  }

  @Test
  void publishedDatesApplyOverNoPublished() {
    Cli.Result run = Cli.run("check", Stories.contradiction(dir).toString(), "--no-published",
        "--published", "wire.txt=2025-03-11", "--format", "json");
    assertTrue(run.out().contains("\"published\" : \"2025-03-11\""), run::toString);
    assertTrue(run.out().contains("\"published\" : null"), run::toString);
  }

  @Test
  void helpAndVersionExitZero() {
    Cli.Result help = Cli.run("check", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("Exit codes:"), help::toString);
    assertEquals(0, Cli.run("--version").exitCode());
  }
}
