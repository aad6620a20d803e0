package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relative links between the pages resolve, anchors included, and the index links every page. */
class DocsLinksTest {
  /** Pages written on other branches; the index links them before they are merged. */
  private static final Set<String> FROM_OTHER_BRANCHES = Set.of("beam.md", "performance.md");

  @Test
  void everyRelativeLinkResolves() {
    List<String> broken = new ArrayList<>();
    for (Path page : Markdown.pages()) {
      for (String link : Markdown.links(page)) {
        if (link.matches("^[a-z]+:.*")) {
          continue;
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
          if (!FROM_OTHER_BRANCHES.contains(target.getFileName().toString())) {
            broken.add(page.getFileName() + ": " + link + " (no such file)");
          }
        } else if (hash >= 0 && !anchors(target).contains(link.substring(hash + 1))) {
          broken.add(page.getFileName() + ": " + link + " (no such heading; headings are " + anchors(target) + ")");
        }
      }
    }
    assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
  }

  @Test
  void theIndexLinksEveryPage() throws Exception {
    List<String> links = Markdown.links(Markdown.docs().resolve("README.md"));
    try (var files = Files.list(Markdown.docs())) {
      for (Path page : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String name = page.getFileName().toString();
        assertTrue(name.equals("README.md") || links.contains(name), "docs/README.md does not link " + name);
      }
    }
    for (String page : FROM_OTHER_BRANCHES) {
      assertTrue(links.contains(page), "docs/README.md does not link " + page);
    }
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
  private static List<String> anchors(Path page) {
    if (!page.toString().endsWith(".md")) {
      return List.of();
    }
    String text = Markdown.read(page);
    for (Markdown.Block block : Markdown.blocks(page)) {
      text = text.replace(block.code(), "");
    }
    return text.lines().filter(l -> l.startsWith("#"))
        .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
            .replace(' ', '-'))
        .toList();
  }
}
