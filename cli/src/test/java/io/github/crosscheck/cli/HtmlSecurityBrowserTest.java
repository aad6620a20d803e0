package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A report of articles and metadata carrying {@code <script>}, attribute-breaking and
 * {@code javascript:} injections, opened in headless Chromium: no dialog opens, no element is
 * injected, and the payloads read as text.
 */
class HtmlSecurityBrowserTest {
  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static Path report;

  @BeforeAll
  static void render() throws IOException {
    if (!HeadlessChromium.installed()) {
      return; // each test is skipped (or, in CI, failed) with the reason by its @BeforeEach
    }
    report = dir.resolve("hostile.html");
    Cli.Result run = Cli.run("check", HostileStory.feed(dir.resolve("hostile.jsonl")).toString(), "--format", "html",
        "--out", report.toString());
    assertEquals(1, run.exitCode(), run::toString);
    browser = HeadlessChromium.start(dir.resolve("profile"), 1400, 1000);
    browser.get(report.toUri().toString());
  }

  @BeforeEach
  void needsTheBrowser() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void noDialogOpensBeforeOrAfterClickingEveryFinding() {
    assertNoDialog();
    browser.findElements(By.cssSelector(".finding, .finding-link")).forEach(e -> e.click());
    assertNoDialog();
  }

  @Test
  void noElementIsInjected() {
    assertEquals(1L, browser.executeScript("return document.scripts.length;"));
    assertEquals(0L, browser.executeScript("return document.querySelectorAll('img,svg,iframe,object,embed').length;"));
    assertEquals(0L, browser.executeScript("return document.querySelectorAll('.text a, .text script').length;"));
    assertEquals(0L, browser.executeScript("""
        return Array.from(document.querySelectorAll('*')).filter(function(e){
          return Array.from(e.attributes).some(function(a){return a.name.indexOf('on')===0;});}).length;"""));
    assertEquals(List.of("https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"),
        browser.executeScript("return Array.from(document.querySelectorAll('a')).map(function(a){return a.href;});"));
  }

  @Test
  void payloadsReadAsText() {
    String text = browser.findElement(By.tagName("body")).getText();
    for (String payload : HostileStory.PAYLOADS) {
      assertTrue(text.contains(payload), payload);
    }
    assertEquals(3L, browser.executeScript("return document.querySelectorAll('.source').length;"));
  }

  private static void assertNoDialog() {
    assertEquals(List.of(), browser.executeScript("return window.__dialogs;"));
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert is open");
    } catch (NoAlertPresentException expected) {
      // No alert: the payloads stayed text.
    }
  }
}
