package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tab-separated data files of this package: '#' starts a comment, blank lines are skipped. */
final class Resources {
  private Resources() {}

  /** The rows of a resource, each split on tabs; fails loudly naming the resource when it is missing. */
  static ImmutableList<List<String>> rows(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing normalizer resource " + name);
    }
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(List.of(line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read normalizer resource " + name, e);
    }
    return rows.build();
  }
}
