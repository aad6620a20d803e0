package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.JsonLinesFeedReader;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of input-formats.md load, and its table of problems is complete. */
class InputFormatsTest {
  private static final Path PAGE = Markdown.docs().resolve("input-formats.md");

  @Test
  void theSidecarExampleLoads(@TempDir Path folder) throws IOException {
    Markdown.Block sidecar = json().stream().filter(b -> b.code().contains("\"articles\"")).findFirst().orElseThrow();
    for (String file : List.of("a.txt", "b.txt", "c.txt")) {
      Files.writeString(folder.resolve(file), "The strike ended on Tuesday.");
    }
    Files.writeString(folder.resolve("meta.json"), sidecar.code());

    Story story = StoryFolderLoader.withDefaults().load(folder);

    assertEquals(3, story.documents().size(), sidecar.where());
    assertEquals("Kestrel Courier", story.documents().get(0).outlet().orElseThrow(), sidecar.where());
  }

  @Test
  void theFeedExampleLoadsStrictly(@TempDir Path folder) throws IOException {
    Markdown.Block feed = json().stream().filter(b -> b.code().contains("\"id\"")).findFirst().orElseThrow();
    Path file = Files.writeString(folder.resolve("feed.jsonl"), feed.code());

    Story story = JsonLinesFeedReader.strict().read(file);

    assertEquals(feed.code().strip().lines().count(), story.documents().size(), feed.where());
  }

  @Test
  void everyProblemIsExplained() {
    String page = Markdown.read(PAGE);
    for (InputException.Problem problem : InputException.Problem.values()) {
      assertTrue(page.contains("| `" + problem.name() + "` |"), "input-formats.md does not explain " + problem);
    }
  }

  private static List<Markdown.Block> json() {
    return Markdown.blocks(PAGE, "json");
  }
}
