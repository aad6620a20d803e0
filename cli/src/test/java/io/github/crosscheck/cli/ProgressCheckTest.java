package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.report.JsonReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines on standard error for more than a few documents, and the same report either way. */
class ProgressCheckTest {
  @TempDir Path dir;

  /** Six documents: the four of the bundled story and the two of a planted contradiction. */
  private Story sixDocuments() {
    Story story = StoryFolderLoader.withDefaults().load(Stories.example("two-calls"));
    Story more = StoryFolderLoader.withDefaults().load(Stories.contradiction(dir));
    return new Story(ImmutableList.<io.github.crosscheck.core.document.Document>builder()
        .addAll(story.documents()).addAll(more.documents()).build(),
        ImmutableList.of(InputException.at(InputException.Problem.MALFORMED_JSON, "feed.jsonl", 3, 1, "bad line")));
  }

  @Test
  void fewDocumentsAreCheckedQuietly() {
    StringWriter err = new StringWriter();
    Story story = StoryFolderLoader.withDefaults().load(Stories.contradiction(dir));
    new ProgressCheck(Checker.builder().build(), 1, new PrintWriter(err)).check(story);
    assertEquals("", err.toString());
  }

  @Test
  void moreThanAFewDocumentsReportProgressAtEachTenth() {
    StringWriter err = new StringWriter();
    new ProgressCheck(Checker.builder().build(), 2, new PrintWriter(err)).check(sixDocuments());
    String lines = err.toString();
    assertTrue(lines.startsWith("crosscheck: checking 6 documents (1 skipped) on 2 threads\n"), lines);
    for (int done = 1; done <= 6; done++) {
      assertTrue(lines.contains("crosscheck: extracted " + done + "/6 documents\n"), lines);
    }
    assertTrue(lines.endsWith(" findings\n") && lines.contains("crosscheck: checked 6 documents: "), lines);
  }

  @Test
  void reportIsTheCheckersOwn() {
    Checker checker = Checker.builder().build();
    Story story = sixDocuments();
    String expected = JsonReport.render(checker.check(story));
    String withProgress = JsonReport.render(new ProgressCheck(checker, 2, new PrintWriter(new StringWriter()))
        .check(story));
    assertEquals(expected, withProgress);
  }

  @Test
  void commandLineShowsProgressForAFeed() {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      feed.append("{\"id\": \"doc").append(i).append("\", \"published\": \"2025-03-10\", \"text\": ")
          .append("\"Calder agreed to buy the firm in a $4.2 billion deal, the companies said.\"}\n");
    }
    Cli.Result run = Cli.run("check", Stories.write(dir.resolve("feed.jsonl"), feed.toString()).toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("crosscheck: extracted 7/7 documents"), run::toString);
  }
}
