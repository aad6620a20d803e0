package io.github.crosscheck.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad lines go to the errors output, each once with its feed and line, and every good document is still checked. */
class BadInputTest {
  @TempDir Path work;

  @Test
  void badLinesAreReportedAndTheRestIsChecked() throws IOException {
    String name = "same-call-conflict";
    Story story = FixtureStories.load().get(name);
    Path feeds = Files.createDirectory(work.resolve("feeds"));
    List<String> lines = new ArrayList<>();
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add("");
    lines.add("{\"id\": \"no-text\", \"story\": \"" + name + "\"}");
    story.documents().forEach(d -> lines.add(FixtureStories.line(d, Optional.of(name))));
    lines.add("{\"id\": \"bad-story\", \"text\": \"x\", \"story\": [1]}");
    Files.write(feeds.resolve("a.jsonl"), lines);
    Document first = story.documents().get(0);
    Files.write(feeds.resolve("b.jsonl"), List.of(FixtureStories.line(first, Optional.of(name))));

    Path out = work.resolve("out");
    RunSummary summary = PipelineRuns.run(feeds, out);

    Set<String> errors = WrittenRows.read(out, "errors").stream()
        .map(e -> Path.of(e.get("source").asText()).getFileName() + ":" + e.get("line").asInt() + " "
            + e.get("problem").asText())
        .collect(Collectors.toCollection(TreeSet::new));
    int last = lines.size();
    assertEquals(Set.of("a.jsonl:1 MALFORMED_JSON", "a.jsonl:3 EMPTY_TEXT", "a.jsonl:" + last + " MALFORMED_JSON",
        "b.jsonl:1 DUPLICATE_ID"), errors);
    assertEquals(3, summary.badLines());
    assertEquals(1, summary.duplicates());

    Set<String> expected = Checker.builder().build().check(story).findings().stream()
        .map(io.github.crosscheck.rules.Finding::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> actual = WrittenRows.read(out, "findings").stream()
        .map(f -> f.get("id").asText()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual);
  }

  @Test
  void documentsWithoutAStoryAreCheckedPerPredicate() throws IOException {
    Story story = FixtureStories.load().get("dam-collapse-toll");
    Path feeds = Files.createDirectory(work.resolve("feeds"));
    Files.write(feeds.resolve("feed.jsonl"),
        story.documents().stream().map(d -> FixtureStories.line(d, Optional.empty())).toList());
    Path out = work.resolve("out");
    RunSummary summary = PipelineRuns.run(feeds, out);

    assertTrue(summary.groups() > 1, "one group per predicate, got " + summary.groups());
    assertTrue(summary.largestGroupClaims() < summary.claims(), "no group holds all claims");
    for (JsonNode row : WrittenRows.read(out, "findings")) {
      assertTrue(row.get("story").isNull(), row.toString());
      assertEquals("predicate:" + row.get("predicate").asText(), row.get("group").asText());
    }
    assertEquals(List.of(), WrittenRows.read(out, "errors"));
  }
}
