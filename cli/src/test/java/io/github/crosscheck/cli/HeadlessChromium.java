package io.github.crosscheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, for the HTML report's end-to-end tests. Never
 * downloads a browser or a driver: both are given by path (system properties
 * {@code crosscheck.chromium} and {@code crosscheck.chromedriver}, default {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver}), so Selenium Manager is never asked. When they are missing the
 * tests are skipped with a message, unless the environment variable
 * {@code CROSSCHECK_REQUIRE_BROWSER} is {@code true} (as in CI), when they fail.
 */
final class HeadlessChromium {
  static final String REQUIRE = "CROSSCHECK_REQUIRE_BROWSER";
  /** Held so the level sticks: Selenium warns when its CDP bindings lag Debian's Chromium, which these tests do not use. */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  private HeadlessChromium() {}

  private static boolean warned;

  /** Whether Chromium and ChromeDriver are both installed. */
  static boolean installed() {
    return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
  }

  /**
   * Skips the calling test, with a message on standard error the first time, when Chromium or
   * ChromeDriver is missing; fails it instead when {@value #REQUIRE} is {@code true}.
   */
  static void assumeInstalled() {
    if (installed()) {
      return;
    }
    String message = "no headless browser: needs " + chromium() + " and " + chromedriver()
        + " (Debian: apt-get install chromium chromium-driver; or set -Dcrosscheck.chromium and -Dcrosscheck.chromedriver)";
    if ("true".equalsIgnoreCase(System.getenv(REQUIRE))) {
      Assertions.fail(message + "; " + REQUIRE + " is set, so the end-to-end tests must run");
    }
    synchronized (HeadlessChromium.class) {
      if (!warned) {
        warned = true;
        System.err.println("crosscheck: skipping the HTML report's end-to-end tests: " + message);
      }
    }
    Assumptions.abort("skipped: " + message);
  }

  /** A new browser with a fresh profile in {@code profile}, its window {@code width} by {@code height}. */
  static ChromeDriver start(Path profile, int width, int height) throws IOException {
    DEVTOOLS.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath(),
        "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver().toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
    // Counts dialogs before any script of the page runs, so a payload that slipped through is caught.
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__dialogs=[];['alert','confirm','prompt','print'].forEach(function(n){"
            + "window[n]=function(m){window.__dialogs.push(n+':'+m);};});"));
    return driver;
  }

  private static Path chromium() {
    return Path.of(System.getProperty("crosscheck.chromium", "/usr/bin/chromium"));
  }

  private static Path chromedriver() {
    return Path.of(System.getProperty("crosscheck.chromedriver", "/usr/bin/chromedriver"));
  }
}
