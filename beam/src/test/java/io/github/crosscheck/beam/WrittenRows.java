package io.github.crosscheck.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads back the JSON Lines a run wrote under its output directory (all shards of one output). */
final class WrittenRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WrittenRows() {}

  static List<JsonNode> read(Path directory, String prefix) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            rows.add(parse(line));
          }
        }
      }
    }
    return rows;
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + line, e);
    }
  }
}
