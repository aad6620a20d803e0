package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import com.google.common.html.HtmlEscapers;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.StoryFolderLoader;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as text: self-contained, every claim marked at its offsets, every input escaped. */
class HtmlReportTest {
  private static final Pattern MARK = Pattern.compile(
      "<mark class=\"claim kind-[a-z_]+\" data-claims=\"([c0-9 ]+)\" data-start=\"(\\d+)\" data-end=\"(\\d+)\""
          + " title=\"[^\"]*\">([^<]*)</mark>");
  private static final Pattern SOURCE = Pattern.compile("<div class=\"source\" data-document=\"([^\"]*)\">");

  @TempDir static Path dir;
  private static Report report;
  private static String html;

  @BeforeAll
  static void render() {
    report = Checker.builder().build().check(StoryFolderLoader.withDefaults().load(Stories.example("two-calls")));
    html = HtmlReport.render(report);
  }

  @Test
  void loadsNothingFromOutside() {
    assertFalse(html.contains(" src="), "no src attribute");
    assertFalse(html.contains("<link"), "no linked style sheet");
    assertFalse(html.contains("url("), "no CSS url()");
    assertFalse(html.contains("@import"));
    Matcher hrefs = Pattern.compile(" href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertTrue(hrefs.group(1).startsWith("https://"), hrefs.group(1));
    }
  }

  @Test
  void contentSecurityPolicyAllowsExactlyTheInlineStyleAndScript() {
    String policy = between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");
    assertTrue(policy.startsWith("default-src 'none'; "), policy);
    assertTrue(policy.contains("style-src '" + sha256(between(html, "<style>", "</style>")) + "'"), policy);
    assertTrue(policy.contains("script-src '" + sha256(between(html, "<script>", "</script>")) + "'"), policy);
    assertEquals(1, html.split("<script", -1).length - 1, "one script");
  }

  @Test
  void marksCoverEveryClaimAtItsOffsets() {
    Map<String, String> refs = new HashMap<>();
    report.claims().forEach(c -> refs.put(c.id(), "c" + refs.size()));
    Map<String, Map<String, StringBuilder>> marked = new HashMap<>();
    String[] sources = html.split("<div class=\"source\" ", -1);
    for (int i = 1; i < sources.length; i++) {
      Matcher id = SOURCE.matcher("<div class=\"source\" " + sources[i]);
      assertTrue(id.lookingAt());
      Document document = report.document(unescape(id.group(1))).orElseThrow();
      Matcher mark = MARK.matcher(sources[i]);
      while (mark.find()) {
        int start = Integer.parseInt(mark.group(2));
        int end = Integer.parseInt(mark.group(3));
        assertEquals(HtmlEscapers.htmlEscaper().escape(document.text().substring(start, end)), mark.group(4));
        for (String ref : mark.group(1).split(" ")) {
          marked.computeIfAbsent(document.id(), d -> new HashMap<>()).computeIfAbsent(ref, r -> new StringBuilder())
              .append(document.text(), start, end);
        }
      }
    }
    for (Claim claim : report.claims()) {
      assertEquals(claim.evidence().quote(), marked.get(claim.documentId()).get(refs.get(claim.id())).toString(),
          claim.id());
    }
  }

  @Test
  void everyDocumentIsShownWhole() {
    for (Document document : report.documents()) {
      String shown = between(html, "data-document=\"" + document.id() + "\">", "</div></div>");
      String text = unescape(shown.substring(shown.indexOf("<div class=\"text\">") + 18).replaceAll("<[^>]*>", ""));
      assertEquals(document.text(), text, document.id());
    }
  }

  @Test
  void findingsCarryTheirClaimsAndVerdict() {
    assertTrue(html.contains("<article class=\"finding distinct-events\" id=\"finding-1\""), html);
    assertTrue(html.contains("<span class=\"verdict\">DISTINCT EVENTS</span>"));
  }

  @Test
  void hostileInputIsEscapedEverywhere() {
    Path out = dir.resolve("hostile.html");
    Cli.Result run = Cli.run("check", HostileStory.feed(dir.resolve("hostile.jsonl")).toString(), "--format", "html",
        "--out", out.toString());
    assertEquals(1, run.exitCode(), run::toString);
    String page = read(out);
    for (String payload : HostileStory.PAYLOADS) {
      if (!payload.equals(HostileStory.URL_SCHEME)) {
        assertFalse(page.contains(payload), payload);
      }
    }
    assertFalse(page.contains("<img"));
    assertFalse(page.contains("<a href=\"javascript"));
    assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"));
    assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("href=\" javascript:"));
    assertEquals(1, page.split("<script", -1).length - 1, "only the report's own script");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(page.contains("<span class=\"url\">javascript:alert(1)</span>"), "shown, not linked");
    assertTrue(page.contains("href=\"https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
        "an https link, its address escaped");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertTrue(start >= 0, from);
    int end = text.indexOf(to, start + from.length());
    return text.substring(start + from.length(), end);
  }

  private static String sha256(String text) {
    return "sha256-" + Base64.getEncoder().encodeToString(
        Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
