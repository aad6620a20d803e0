package io.github.crosscheck.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only material beside the repository ({@code ../shared}): present in CI, absent in a
 * user's fresh clone, where tests that need it are skipped with a message.
 */
public final class SharedMaterial {
  private SharedMaterial() {}

  /** The shared folder, or a skipped test when it is absent. */
  public static Path require(String child) {
    String configured = System.getProperty("crosscheck.shared", "../shared");
    Path path = Path.of(configured).resolve(child).normalize();
    assumeTrue(Files.exists(path), () -> "skipped: " + path + " is absent (it exists in CI, not in a fresh clone)");
    return path;
  }
}
