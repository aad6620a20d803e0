package io.github.crosscheck.core.claim;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the extractor's word lists, bundled as resources beside this class. */
final class Lexicon {
  /** Words that are capitalized only at a sentence start and never name or modify a thing. */
  static final ImmutableSet<String> FUNCTION = set("function-words.txt");

  private Lexicon() {}

  /** The non-comment, non-blank lines of a bundled resource. */
  static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled word list " + resource + " is missing from the classpath");
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-column list as a set. */
  static ImmutableSet<String> set(String resource) {
    return ImmutableSet.copyOf(lines(resource));
  }

  /** A two-column, tab-separated list as an ordered map from the first column to the second. */
  static ImmutableMap<String, String> map(String resource) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines(resource)) {
      List<String> columns = Splitter.on('\t').trimResults().splitToList(line);
      if (columns.size() != 2) {
        throw new IllegalStateException(resource + ": expected two tab-separated columns in \"" + line + "\"");
      }
      map.put(columns.get(0), columns.get(1));
    }
    return ImmutableMap.copyOf(map);
  }
}
