package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crosscheck.core.document.JsonLinesFeedReader;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.fixtures.Stories;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report-schema.md lists exactly the fields JsonReport writes: reports of bundled stories (dated and
 * undated, with every kind of value) and of a feed with bad lines are rendered, and their field paths
 * ({@code claims[].subject.key}) compared with the first column of the page's tables.
 */
class ReportSchemaTest {
  private static final Path PAGE = Markdown.docs().resolve("report-schema.md");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");
  private static final Set<String> SECTIONS = Set.of("summary", "documents", "skipped", "claims", "events",
      "findings", "agreements");

  @Test
  void thePageListsExactlyTheFieldsTheReportHas(@TempDir Path folder) throws IOException {
    Checker checker = Checker.builder().build();
    Set<String> written = new TreeSet<>();
    for (String story : List.of("two-calls", "two-calls-undated", "merger-money", "summit-clock")) {
      paths(JsonReport.tree(checker.check(Stories.load(story))), "", written);
    }
    Path feed = Files.writeString(folder.resolve("feed.jsonl"),
        "{\"id\":\"a\",\"published\":\"2025-05-07\",\"text\":\"Some 1,400 dockworkers walked out on Tuesday.\"}\n"
            + "{\"id\":\"b\",\"published\":\"last week\",\"text\":\"x\"}\n");
    Story withSkipped = JsonLinesFeedReader.lenient().read(feed);
    paths(JsonReport.tree(checker.check(withSkipped)), "", written);

    String page = Markdown.read(PAGE);
    Set<String> documented = new TreeSet<>();
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      documented.add(row.group(1));
    }
    for (String section : SECTIONS) {
      assertTrue(page.contains("\n## " + section + "\n"), "report-schema.md has no section " + section);
    }
    written.removeAll(SECTIONS);
    Set<String> undocumented = new TreeSet<>(written);
    undocumented.removeAll(documented);
    Set<String> unwritten = new TreeSet<>(documented);
    unwritten.removeAll(written);
    assertTrue(undocumented.isEmpty(), "report-schema.md does not list " + undocumented);
    assertTrue(unwritten.isEmpty(), "report-schema.md lists fields no report has: " + unwritten);
  }

  @Test
  void thePageNamesTheSchemaVersion() {
    assertTrue(Markdown.read(PAGE).startsWith("# The JSON report, schema version " + JsonReport.SCHEMA_VERSION + "\n"));
    assertEquals("1.0", JsonReport.SCHEMA_VERSION, "a new schema version needs a new report-schema.md");
  }

  private static void paths(JsonNode node, String prefix, Set<String> into) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      into.add(path);
      JsonNode value = field.getValue();
      if (value.isObject()) {
        paths(value, path, into);
      } else if (value.isArray()) {
        for (JsonNode element : value) {
          if (element.isObject()) {
            paths(element, path + "[]", into);
          }
        }
      }
    }
  }
}
