package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The getting-started page: its example compiles and runs, prints what the page shows, and the coordinates are current. */
class GettingStartedTest {
  private static final Path PAGE = Markdown.docs().resolve("getting-started.md");
  private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");

  @Test
  void theExampleRunsOnABundledStoryAndPrintsWhatThePageShows() {
    List<Markdown.Block> blocks = Markdown.blocks(PAGE);
    int at = indexOfExample(blocks);
    JavaSnippet example = JavaSnippet.of(blocks.get(at));
    ClassLoader loader = SnippetCompiler.compile(List.of(example), SnippetCompiler.outputFolder());

    String printed = SnippetRunner.runMain(loader, example.binaryName());

    assertTrue(printed.contains("DISTINCT_EVENTS recency-conflict"), printed);
    Markdown.Block shown = blocks.get(at + 1);
    assertEquals("", shown.language(), "the example's output should follow it, in a plain block");
    List<String> expected = shown.code().lines().toList();
    List<String> actual = printed.lines().toList();
    assertEquals(expected.size(), actual.size(), "getting-started.md:" + shown.line() + " shows " + expected.size()
        + " lines, the example prints " + actual.size() + ":\n" + printed);
    for (int i = 0; i < expected.size(); i++) {
      String line = expected.get(i);
      boolean matches = line.endsWith("…") ? actual.get(i).startsWith(line.substring(0, line.length() - 1))
          : actual.get(i).equals(line);
      assertTrue(matches, "getting-started.md:" + (shown.line() + i) + " no longer shows what the example prints:\n"
          + actual.get(i));
    }
  }

  @Test
  void theExampleIsShort() {
    long lines = Markdown.blocks(PAGE).get(indexOfExample(Markdown.blocks(PAGE))).code().lines()
        .filter(l -> !l.isBlank() && !l.startsWith("import ") && !l.strip().equals("}")).count();
    assertTrue(lines <= 10, "the getting-started example should stay about ten lines, has " + lines);
  }

  @Test
  void theCoordinatesNameTheCurrentVersion() {
    String version = projectVersion();
    for (Markdown.Block block : Markdown.blocks(PAGE, "xml")) {
      Matcher matcher = VERSION.matcher(block.code());
      while (matcher.find()) {
        assertEquals(version, matcher.group(1), block.where());
      }
    }
    assertTrue(Markdown.read(PAGE).contains("`" + version + "`"), "getting-started.md does not name " + version);
    String consumer = Markdown.read(Markdown.docs().resolve("example-consumer/pom.xml"));
    assertTrue(consumer.contains("<crosscheck.version>" + version + "</crosscheck.version>"),
        "docs/example-consumer/pom.xml does not depend on crosscheck " + version);
  }

  /** The version of this build, from the docs module's pom (its parent's version). */
  static String projectVersion() {
    String pom = Markdown.read(Markdown.docs().resolve("pom.xml"));
    Matcher matcher = VERSION.matcher(pom);
    assertTrue(matcher.find(), "no version in docs/pom.xml");
    return matcher.group(1);
  }

  private static int indexOfExample(List<Markdown.Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).language().equals("java") && JavaSnippet.of(blocks.get(i)).hasMain()) {
        return i;
      }
    }
    throw new AssertionError("getting-started.md has no example with a main method");
  }
}
