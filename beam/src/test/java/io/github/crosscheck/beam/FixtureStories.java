package io.github.crosscheck.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The project's fixture stories (folder name → story), found on the test classpath, and their feed form. */
final class FixtureStories {
  private static final String ROOT = "/io/github/crosscheck/fixtures/stories";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureStories() {}

  static Map<String, Story> load() throws IOException {
    Map<String, Story> stories = new TreeMap<>();
    for (String name : io.github.crosscheck.fixtures.Stories.names()) {
      stories.put(name, io.github.crosscheck.fixtures.Stories.load(name));
    }
    return stories;
  }

  /** One feed line for a document, with an optional story id. */
  static String line(Document document, Optional<String> story) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", document.id());
    document.outlet().ifPresent(o -> node.put("outlet", o));
    document.url().ifPresent(u -> node.put("url", u));
    document.published().ifPresent(p -> node.put("published", p.toString()));
    node.put("text", document.text());
    story.ifPresent(s -> node.put("story", s));
    return node.toString();
  }

  /** Writes every story as one feed file, {@code <story>.jsonl}, each line naming its story. */
  static void writeFeeds(Map<String, Story> stories, Path directory) throws IOException {
    for (Map.Entry<String, Story> story : stories.entrySet()) {
      List<String> lines = story.getValue().documents().stream()
          .map(d -> line(d, Optional.of(story.getKey())))
          .toList();
      Files.write(directory.resolve(story.getKey() + ".jsonl"), lines);
    }
  }
}
