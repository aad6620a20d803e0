package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared seed story (its folder found through the system property {@code crosscheck.shared},
 * default {@code ../shared}), checked with the publication dates of its {@code gold.json}: the two
 * calls' recency claims ("first phone talks in four years" in January, "first in three months" in
 * September) are F1, DISTINCT_EVENTS with the dates and POSSIBLE_CONTRADICTION without them.
 */
class SeedStoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JANUARY = "000_945f6778b8002c1c.txt";
  private static final String SEPTEMBER = "003_b89dbf8e05afa12a.txt";

  @TempDir static Path dir;
  private static Path story;

  private static final Path SEEDS = Path.of(System.getProperty("crosscheck.shared", "../shared")).resolve("seeds");

  @BeforeAll
  static void copySeedsWithGoldDates() throws IOException {
    if (!Files.isRegularFile(SEEDS.resolve("gold.json"))) {
      System.err.println("crosscheck: skipping the seed story tests: no " + SEEDS.toAbsolutePath().normalize()
          + "/gold.json (set -Dcrosscheck.shared=DIR)");
      return;
    }
    Path seeds = SEEDS;
    story = Files.createDirectories(dir.resolve("seeds"));
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path article : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(article, story.resolve(article.getFileName().toString()));
      }
    }
    ObjectNode meta = JSON.createObjectNode();
    ArrayNode articles = meta.putArray("articles");
    for (JsonNode document : JSON.readTree(seeds.resolve("gold.json").toFile()).get("documents")) {
      articles.addObject().put("file", document.get("file").asText()).put("published", document.get("published").asText());
    }
    Files.writeString(story.resolve("meta.json"), JSON.writeValueAsString(meta));
  }

  @BeforeEach
  void needsTheSeeds() {
    Assumptions.assumeTrue(story != null,
        () -> "skipped: no seed story at " + SEEDS.toAbsolutePath().normalize() + " (set -Dcrosscheck.shared=DIR)");
  }

  @Test
  void withPublicationDatesF1IsTwoDistinctCalls() throws IOException {
    JsonNode finding = f1(json(), "DISTINCT_EVENTS");
    assertTrue(finding.get("explanation").asText().contains("17 Jan 2025"), finding::toString);
    assertTrue(finding.get("explanation").asText().contains("19 Sep 2025"), finding::toString);
  }

  @Test
  void withPublicationDatesTheTextReportQuotesBothDatedSides() {
    Cli.Result run = Cli.run("check", story.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String f1 = section(run.out(), "[DISTINCT_EVENTS] recency-conflict");
    assertTrue(f1.contains(JANUARY + " (17 Jan 2025): \""), f1);
    assertTrue(f1.contains(SEPTEMBER + " (19 Sep 2025): \""), f1);
  }

  @Test
  void withoutPublicationDatesF1IsAPossibleContradiction() throws IOException {
    f1(json("--no-published"), "POSSIBLE_CONTRADICTION");
    Cli.Result run = Cli.run("check", story.toString(), "--no-published");
    String f1 = section(run.out(), "[POSSIBLE_CONTRADICTION] recency-conflict");
    assertTrue(f1.contains(JANUARY + " (publication date unknown): \""), f1);
    assertTrue(f1.contains(SEPTEMBER + " (publication date unknown): \""), f1);
  }

  private static JsonNode json(String... options) throws IOException {
    String[] args = Stream.concat(Stream.of("check", story.toString(), "--format", "json"), Stream.of(options))
        .toArray(String[]::new);
    Cli.Result run = Cli.run(args);
    assertEquals(0, run.exitCode(), run::toString);
    return JSON.readTree(run.out());
  }

  /** The recency-conflict finding with this verdict citing both seed claims of F1. */
  private static JsonNode f1(JsonNode report, String verdict) {
    Map<String, JsonNode> claims = new HashMap<>();
    report.get("claims").forEach(c -> claims.put(c.get("id").asText(), c));
    for (JsonNode finding : report.get("findings")) {
      List<JsonNode> cited = new java.util.ArrayList<>();
      finding.get("claims").forEach(id -> cited.add(claims.get(id.asText())));
      if (finding.get("rule").asText().equals("recency-conflict") && finding.get("verdict").asText().equals(verdict)
          && cited.stream().anyMatch(c -> overlaps(c, JANUARY, 146, 177))
          && cited.stream().anyMatch(c -> overlaps(c, SEPTEMBER, 314, 348))) {
        return finding;
      }
    }
    throw new AssertionError("no " + verdict + " recency-conflict citing " + JANUARY + " [146,177) and " + SEPTEMBER
        + " [314,348) in\n" + report.get("findings").toPrettyString());
  }

  private static boolean overlaps(JsonNode claim, String document, int start, int end) {
    return claim.get("document").asText().equals(document)
        && claim.get("start").asInt() < end && start < claim.get("end").asInt();
  }

  /** The lines of a text report from the finding headed {@code heading} to the next finding. */
  private static String section(String report, String heading) {
    int from = report.indexOf(heading);
    assertTrue(from >= 0, () -> "no \"" + heading + "\" in\n" + report);
    int next = report.indexOf("    [", from + heading.length());
    return report.substring(from, next < 0 ? report.length() : next);
  }
}
