package io.github.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small story folders written for a test, and the bundled examples. */
final class Stories {
  private Stories() {}

  /** The repository's {@code examples} folder (tests run in the {@code cli} module). */
  static Path example(String name) {
    Path examples = Path.of("..", "examples", name);
    if (!Files.isDirectory(examples)) {
      throw new IllegalStateException("no example story " + examples.toAbsolutePath());
    }
    return examples;
  }

  /** Two sources that give the same deal different values, on the same day: a contradiction. */
  static Path contradiction(Path dir) {
    return folder(dir, Map.of(
            "wire.txt", "Calder agreed to buy the firm in a $4.2 billion deal, the companies said.\n",
            "daily.txt", "Calder agreed to buy the firm in a $2.4 billion deal, the companies said.\n"),
        "{\"articles\": [{\"file\": \"wire.txt\", \"published\": \"2025-03-10\"},"
            + " {\"file\": \"daily.txt\", \"published\": \"2025-03-10\"}]}");
  }

  /** Two undated sources whose deadlines differ only if published the same day: a possible contradiction. */
  static Path possibleContradiction(Path dir) {
    return folder(dir, Map.of(
        "wire.txt", "The law takes effect on January 19, officials said.\n",
        "daily.txt", "The law takes effect on Sunday, officials said.\n"), null);
  }

  /** Two sources that agree. */
  static Path agreement(Path dir) {
    return folder(dir, Map.of(
            "wire.txt", "Calder agreed to buy the firm in a $4.2 billion deal, the companies said.\n",
            "daily.txt", "Calder agreed to buy the firm in a US$4.2bn deal, the companies said.\n"),
        "{\"articles\": [{\"file\": \"wire.txt\", \"published\": \"2025-03-10\"},"
            + " {\"file\": \"daily.txt\", \"published\": \"2025-03-10\"}]}");
  }

  /** A folder with these articles and, unless null, this meta.json. */
  static Path folder(Path dir, Map<String, String> articles, String meta) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> article : articles.entrySet()) {
        Files.writeString(dir.resolve(article.getKey()), article.getValue(), StandardCharsets.UTF_8);
      }
      if (meta != null) {
        Files.writeString(dir.resolve("meta.json"), meta, StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
