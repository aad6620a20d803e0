package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.claim.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code shown on a page that also lives in a source file is shown verbatim, and shown data loads. */
class ShownCodeIsRealCodeTest {
  @Test
  void extendingShowsTheCustomRuleVerbatim() {
    assertShown("extending.md", Markdown.docs().resolve("src/test/java/com/example/newsroom/MillionBillionSlip.java"));
  }

  @Test
  void harnessShowsTheExampleConsumersTestVerbatim() {
    assertShown("harness.md",
        Markdown.docs().resolve("example-consumer/src/test/java/com/example/newsroom/PortStrikeTest.java"));
  }

  @Test
  void theGazetteerExampleLoadsAndEveryNameResolves(@TempDir Path folder) throws IOException {
    List<Markdown.Block> blocks = Markdown.blocks(Markdown.docs().resolve("extending.md"), "tsv");
    assertEquals(1, blocks.size(), "extending.md should show one gazetteer file");
    Path file = Files.writeString(folder.resolve("newsroom.tsv"), blocks.get(0).code());

    Gazetteer gazetteer = Gazetteer.standard().plus(file);

    for (String line : blocks.get(0).code().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
      String[] columns = line.split("\t");
      assertTrue(gazetteer.lookup(columns[1]).isPresent(), "no entity for " + columns[1]);
      if (columns.length > 2 && !columns[2].isEmpty()) {
        for (String alias : columns[2].split("\\|")) {
          assertEquals(columns[1], gazetteer.lookup(alias).orElseThrow().name(), "alias " + alias);
        }
      }
    }
  }

  private static void assertShown(String page, Path source) {
    String code = Markdown.read(source);
    String name = source.getFileName().toString().replace(".java", "");
    Markdown.Block shown = Markdown.blocks(Markdown.docs().resolve(page), "java").stream()
        .filter(b -> JavaSnippet.of(b).typeName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(page + " does not show " + name));
    assertEquals(code, shown.code(), shown.where() + " differs from " + Markdown.root().relativize(source)
        + "; copy the file into the page");
  }
}
