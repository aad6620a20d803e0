package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck normalize}: a text's expressions, or a benchmark file's cases. */
class NormalizeCommandTest {
  @TempDir Path dir;

  @Test
  void printsEachExpressionWithItsValueAndSpan() {
    Cli.Result run = Cli.run("normalize", "The call was on Friday, with 25% more.", "--ref", "2025-01-17T11:03:00-05:00");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("""
        DATE      "Friday"                     2025-01-17  [16,22)
        PERCENT   "25%"                        25  [29,32)
        """, run.out());
  }

  @Test
  void withoutReferenceARelativeDateStaysUnresolved() {
    Cli.Result run = Cli.run("normalize", "The call was on Friday.");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("DATE      \"Friday\"                     (unresolved: "), run::toString);
  }

  @Test
  void invalidReference() {
    Cli.Result run = Cli.run("normalize", "Friday", "--ref", "2025-02-30");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: invalid --ref \"2025-02-30\": not a publication date"), run::toString);
  }

  @Test
  void casesNeedOut() {
    Path cases = Stories.write(dir.resolve("cases.jsonl"), "");
    Cli.Result run = Cli.run("normalize", "--cases", cases.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: --cases needs --out OUT.jsonl"), run::toString);
  }

  @Test
  void textAndCasesAreExclusive() {
    Path cases = Stories.write(dir.resolve("cases.jsonl"), "");
    Cli.Result run = Cli.run("normalize", "Friday", "--cases", cases.toString(), "--out", "x.jsonl");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("mutually exclusive"), run::toString);
  }

  @Test
  void missingCasesFile() {
    Path cases = dir.resolve("missing.jsonl");
    Cli.Result run = Cli.run("normalize", "--cases", cases.toString(), "--out", dir.resolve("out.jsonl").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("crosscheck: " + cases + ": no such cases file\n", run.err());
  }

  @Test
  void malformedCase() {
    Path cases = Stories.write(dir.resolve("cases.jsonl"), "{\"id\": \"x\", text}\n");
    Cli.Result run = Cli.run("normalize", "--cases", cases.toString(), "--out", dir.resolve("out.jsonl").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: " + cases + ": malformed JSON in a case"), run::toString);
  }

  @Test
  void casesWriteOneResultPerCaseAndASummary() throws IOException {
    Path cases = Stories.write(dir.resolve("cases.jsonl"), """
        {"id": "a", "peer": "test", "kind": "date", "text": "I'll go back 04th Jan 2019.", "ref": "2016-11-07T00:00:00", "expected": "2019-01-04", "span": "04th Jan 2019", "src": "t#0"}
        {"id": "b", "peer": "test", "kind": "date", "text": "I'll go back yesterday", "ref": "2016-11-07T00:00:00", "expected": "2016-11-06", "span": "yesterday", "src": "t#1"}
        """);
    Path out = dir.resolve("out.jsonl");
    Cli.Result run = Cli.run("normalize", "--cases", cases.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(2, Files.readAllLines(out).size());
    assertTrue(Files.readString(out).contains("{\"id\":\"a\",\"got\":\"2019-01-04\"}"), Files.readString(out));
    assertTrue(!run.out().isBlank(), run::toString);
  }
}
