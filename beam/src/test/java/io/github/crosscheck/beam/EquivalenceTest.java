package io.github.crosscheck.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the DirectRunner gives, story by story, the findings the in-process checker
 * gives for the project's fixture stories (each story folder a feed whose lines name the story).
 */
class EquivalenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static Map<String, Story> stories;
  private static RunSummary summary;
  private static List<JsonNode> findings;
  private static List<JsonNode> errors;
  private static List<JsonNode> bucketedFindings;

  @BeforeAll
  static void runPipelineOverFixtures() throws IOException {
    stories = FixtureStories.load();
    Path feeds = Files.createDirectory(work.resolve("feeds"));
    FixtureStories.writeFeeds(stories, feeds);
    Path out = work.resolve("out");
    summary = PipelineRuns.run(feeds, out);
    findings = WrittenRows.read(out, "findings");
    errors = WrittenRows.read(out, "errors");
    Path bucketed = work.resolve("bucketed");
    PipelineRuns.run(feeds, bucketed, 3);
    bucketedFindings = WrittenRows.read(bucketed, "findings");
  }

  @Test
  void readsEveryFixtureDocumentWithoutErrors() {
    int documents = stories.values().stream().mapToInt(s -> s.documents().size()).sum();
    assertEquals(documents, summary.documents());
    assertEquals(List.of(), errors);
    assertEquals(stories.size(), summary.groups());
    assertTrue(summary.claims() > 0, "the fixtures hold claims");
  }

  @Test
  void findingsPerStoryEqualTheInProcessChecker() {
    Checker checker = Checker.builder().build();
    Map<String, Set<String>> expected = new TreeMap<>();
    stories.forEach((name, story) -> expected.put(name, checker.check(story).findings().stream()
        .map(EquivalenceTest::signature).collect(Collectors.toCollection(TreeSet::new))));
    Map<String, Set<String>> actual = new TreeMap<>();
    stories.keySet().forEach(name -> actual.put(name, new TreeSet<>()));
    for (JsonNode row : findings) {
      actual.get(row.get("story").asText()).add(signature(row));
    }
    assertEquals(expected, actual);
  }

  @Test
  void findingRowsEqualTheInProcessFindingsField_byField() throws IOException {
    Checker checker = Checker.builder().build();
    Set<JsonNode> expected = new java.util.HashSet<>();
    for (Map.Entry<String, Story> story : stories.entrySet()) {
      for (Finding finding : checker.check(story.getValue()).findings()) {
        expected.add(JSON.readTree(FindingRow.toJson(GroupKeys.story(story.getKey()), finding)));
      }
    }
    assertEquals(expected, Set.copyOf(findings));
    assertEquals(expected.size(), findings.size(), "no finding is written twice");
  }

  @Test
  void hashingGroupsIntoBucketsChangesNoFinding() {
    assertEquals(Set.copyOf(findings), Set.copyOf(bucketedFindings));
    assertEquals(findings.size(), bucketedFindings.size());
  }

  /** Rule, verdict and the sorted claim ids: what makes two findings the same finding. */
  private static String signature(Finding finding) {
    return finding.rule() + " " + finding.verdict() + " " + new TreeSet<>(finding.claimIds());
  }

  private static String signature(JsonNode row) {
    TreeSet<String> ids = StreamSupport.stream(row.get("claims").spliterator(), false)
        .map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    return row.get("rule").asText() + " " + row.get("verdict").asText() + " " + ids;
  }
}
