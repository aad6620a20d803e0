package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * End to end: {@code crosscheck check examples/two-calls --format html}, opened in headless
 * Chromium. Clicking a finding highlights exactly the evidence of its claims — compared by
 * character offsets with the JSON report of the same story — and scrolls every involved source to
 * it. Saves a screenshot to {@code target/e2e/html-report.png}, and also to the path in the system
 * property {@code crosscheck.screenshot} when given (the docs' picture is made that way).
 */
class HtmlReportBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STATE = """
      return Array.from(document.querySelectorAll('.source')).map(function(box){
        var text=box.querySelector('.text'), area=text.getBoundingClientRect();
        var marks=Array.from(box.querySelectorAll('mark.evidence'));
        var first=marks.length?marks[0].getBoundingClientRect():null;
        return {document: box.getAttribute('data-document'), involved: box.classList.contains('involved'),
          marks: marks.map(function(m){return [Number(m.dataset.start), Number(m.dataset.end), m.textContent];}),
          inBox: first!==null && first.top>=area.top-1 && first.bottom<=area.bottom+1,
          inWindow: first!==null && first.top>=0 && first.bottom<=window.innerHeight,
          left: Math.round(box.getBoundingClientRect().left), top: Math.round(box.getBoundingClientRect().top),
          scrolled: text.scrollTop};
      });
      """;

  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static Path report;
  private static JsonNode json;

  @BeforeAll
  static void renderTheBundledStory() throws IOException {
    if (!HeadlessChromium.installed()) {
      return; // each test is skipped (or, in CI, failed) with the reason by its @BeforeEach
    }
    report = dir.resolve("two-calls.html");
    Cli.Result html = Cli.run("check", Stories.example("two-calls").toString(), "--format", "html",
        "--out", report.toString());
    assertEquals(0, html.exitCode(), html::toString);
    Cli.Result run = Cli.run("check", Stories.example("two-calls").toString(), "--format", "json");
    json = JSON.readTree(run.out());
    browser = HeadlessChromium.start(dir.resolve("profile"), 1400, 1000);
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void open() {
    HeadlessChromium.assumeInstalled();
    browser.manage().window().setSize(new Dimension(1400, 1000));
    browser.get(report.toUri() + "?fresh=" + System.nanoTime());
  }

  @Test
  void clickingAFindingHighlightsExactlyItsEvidenceInEverySource() throws IOException {
    JsonNode finding = json.get("findings").get(0);
    WebElement card = browser.findElement(By.cssSelector("article.finding"));
    assertTrue(card.getText().contains(finding.get("rule").asText()), card::getText);
    card.click();

    assertEquals("true", card.getAttribute("aria-pressed"));
    Map<String, List<long[]>> expected = evidence(finding);
    Map<String, List<long[]>> highlighted = new TreeMap<>();
    for (Map<String, Object> source : state()) {
      String document = (String) source.get("document");
      List<long[]> ranges = highlightedRanges(source);
      if (!ranges.isEmpty()) {
        highlighted.put(document, ranges);
      }
      assertEquals(expected.containsKey(document), source.get("involved"), document);
      if (expected.containsKey(document)) {
        assertEquals(true, source.get("inBox"), document + ": the evidence is scrolled into its source");
      }
    }
    assertEquals(describe(expected), describe(highlighted));
    assertEquals(expected.keySet().size(), 3, "the finding cites three sources");
    screenshot();
  }

  @Test
  void highlightedTextIsTheQuotedEvidence() {
    JsonNode finding = json.get("findings").get(0);
    browser.findElement(By.cssSelector("article.finding")).click();
    Map<String, StringBuilder> shown = new HashMap<>();
    for (Map<String, Object> source : state()) {
      for (List<Object> mark : marks(source)) {
        shown.computeIfAbsent((String) source.get("document"), d -> new StringBuilder()).append(mark.get(2));
      }
    }
    Map<String, StringBuilder> quoted = new HashMap<>();
    for (JsonNode claim : claimsOf(finding)) {
      quoted.computeIfAbsent(claim.get("document").asText(), d -> new StringBuilder()).append(claim.get("text").asText());
    }
    assertEquals(quoted.toString(), shown.toString());
  }

  @Test
  void everyFindingEventAndAgreementScrollsItsSourcesToTheEvidence() {
    List<WebElement> clickable = browser.findElements(By.cssSelector(".finding, .finding-link"));
    assertTrue(clickable.size() > 5, "findings, events and agreements");
    boolean anyScrolled = false;
    for (WebElement item : clickable) {
      item.click();
      List<Map<String, Object>> sources = state();
      assertTrue(sources.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("involved"))), item::getText);
      for (Map<String, Object> source : sources) {
        if (Boolean.TRUE.equals(source.get("involved"))) {
          assertEquals(true, source.get("inBox"), () -> item.getText() + ": " + source.get("document"));
          anyScrolled |= ((Number) source.get("scrolled")).longValue() > 0;
        }
      }
      assertEquals(true, sources.stream().filter(s -> Boolean.TRUE.equals(s.get("involved"))).findFirst()
          .orElseThrow().get("inWindow"), () -> item.getText() + ": the first source's evidence is on screen");
    }
    assertTrue(anyScrolled, "some evidence lies below the top of its source, so some source scrolled");
  }

  @Test
  void keyboardSelectsAFinding() {
    WebElement card = browser.findElement(By.cssSelector("article.finding"));
    card.sendKeys(Keys.ENTER);
    assertEquals("true", card.getAttribute("aria-pressed"));
    assertTrue(state().stream().anyMatch(s -> Boolean.TRUE.equals(s.get("involved"))));
  }

  @Test
  void linkToAFindingSelectsItOnLoad() {
    browser.get(report.toUri() + "#finding-1");
    assertEquals("true", browser.findElement(By.id("finding-1")).getAttribute("aria-pressed"));
  }

  @Test
  void sourcesSideBySideOnAWideScreenAndStackedOnANarrowOne() {
    List<Map<String, Object>> wide = state();
    assertEquals(wide.get(0).get("top"), wide.get(1).get("top"), "first two sources side by side");
    assertTrue(((Number) wide.get(0).get("left")).longValue() < ((Number) wide.get(1).get("left")).longValue());

    browser.manage().window().setSize(new Dimension(600, 1000));
    List<Map<String, Object>> narrow = state();
    for (int i = 1; i < narrow.size(); i++) {
      assertEquals(narrow.get(0).get("left"), narrow.get(i).get("left"), "stacked: same left edge");
      assertTrue(((Number) narrow.get(i - 1).get("top")).longValue() < ((Number) narrow.get(i).get("top")).longValue());
    }
  }

  @Test
  void pageRunsNoOtherScriptAndLoadsNothing() {
    assertEquals(1L, browser.executeScript("return document.scripts.length;"));
    assertEquals(0L, browser.executeScript("return document.querySelectorAll('img,iframe,object,embed,link').length;"));
    assertEquals(0L, browser.executeScript(
        "return performance.getEntriesByType('resource').length;"), "no resource was fetched");
    assertEquals(List.of(), browser.executeScript("return window.__dialogs;"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> state() {
    return (List<Map<String, Object>>) browser.executeScript(STATE);
  }

  @SuppressWarnings("unchecked")
  private static List<List<Object>> marks(Map<String, Object> source) {
    return (List<List<Object>>) source.get("marks");
  }

  /** The highlighted marks of a source as ranges, adjacent marks merged. */
  private static List<long[]> highlightedRanges(Map<String, Object> source) {
    List<long[]> ranges = new ArrayList<>();
    for (List<Object> mark : marks(source)) {
      merge(ranges, ((Number) mark.get(0)).longValue(), ((Number) mark.get(1)).longValue());
    }
    return ranges;
  }

  /** The finding's claims as ranges per document, overlapping and adjacent ranges merged. */
  private static Map<String, List<long[]>> evidence(JsonNode finding) {
    Map<String, List<long[]>> byDocument = new TreeMap<>();
    claimsOf(finding).stream().sorted((a, b) -> Integer.compare(a.get("start").asInt(), b.get("start").asInt()))
        .forEach(c -> merge(byDocument.computeIfAbsent(c.get("document").asText(), d -> new ArrayList<>()),
            c.get("start").asLong(), c.get("end").asLong()));
    return byDocument;
  }

  private static List<JsonNode> claimsOf(JsonNode finding) {
    Map<String, JsonNode> claims = new HashMap<>();
    json.get("claims").forEach(c -> claims.put(c.get("id").asText(), c));
    List<JsonNode> cited = new ArrayList<>();
    finding.get("claims").forEach(id -> cited.add(claims.get(id.asText())));
    return cited;
  }

  private static void merge(List<long[]> ranges, long start, long end) {
    long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
    if (last != null && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      ranges.add(new long[] {start, end});
    }
  }

  private static String describe(Map<String, List<long[]>> ranges) {
    StringBuilder text = new StringBuilder();
    ranges.forEach((document, list) -> {
      text.append(document).append(':');
      list.forEach(r -> text.append(" [").append(r[0]).append(',').append(r[1]).append(')'));
      text.append('\n');
    });
    return text.toString();
  }

  private static void screenshot() throws IOException {
    Path shot = Files.createDirectories(Path.of("target", "e2e")).resolve("html-report.png");
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    String copy = System.getProperty("crosscheck.screenshot");
    if (copy != null && !copy.isBlank()) {
      Files.copy(shot, Path.of(copy), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
