package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck score}: a story folder against its gold file. */
class ScoreCommandTest {
  @TempDir Path dir;

  @Test
  void scoresTheBundledStoryAgainstItsGold() {
    Path story = Stories.example("two-calls");
    Cli.Result run = Cli.run("score", story.toString(), "--gold", story.resolve("gold.json").toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Score against " + story.resolve("gold.json")), run::toString);
    assertTrue(run.out().contains("Findings: 1 planted, 1 found"), run::toString);
  }

  @Test
  void detailsListWhatWasMissed() {
    Path story = Stories.example("two-calls");
    Cli.Result run = Cli.run("score", story.toString(), "--gold", story.resolve("gold.json").toString(), "--details");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().length() > Cli.run("score", story.toString(), "--gold",
        story.resolve("gold.json").toString()).out().length(), run::toString);
  }

  @Test
  void goldOfAnotherStoryIsAnInputError() {
    Path gold = Stories.example("merger-money").resolve("gold.json");
    Cli.Result run = Cli.run("score", Stories.example("two-calls").toString(), "--gold", gold.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: " + gold + " does not fit "), run::toString);
    assertTrue(run.err().contains("(56 problems)"), run::toString);
    assertTrue(run.err().endsWith("  … and " + (56 - ScoreCommand.PROBLEMS_SHOWN) + " more\n"), run::toString);
  }

  @Test
  void goldIsRequired() {
    Cli.Result run = Cli.run("score", Stories.example("two-calls").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("Missing required option: '--gold=FILE'"), run::toString);
  }

  @Test
  void missingGoldFile() {
    Path gold = dir.resolve("gold.json");
    Cli.Result run = Cli.run("score", Stories.example("two-calls").toString(), "--gold", gold.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: " + gold), run::toString);
  }
}
