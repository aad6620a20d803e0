package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java} block of docs/*.md and README.md compiles against the test classpath, and the
 * runnable ones run: a {@code main} on a story folder, a JUnit class on the JUnit Platform. One
 * container per page: "compiles" first, then one "runs" test per runnable snippet.
 */
class JavaSnippetsTest {
  @TestFactory
  Stream<DynamicNode> everyJavaBlockCompilesAndTheRunnableOnesRun() {
    List<DynamicNode> pages = new ArrayList<>();
    for (Path page : Markdown.pages()) {
      List<JavaSnippet> snippets = Markdown.blocks(page, "java").stream().map(JavaSnippet::of).toList();
      if (snippets.isEmpty()) {
        continue;
      }
      AtomicReference<ClassLoader> compiled = new AtomicReference<>();
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(dynamicTest("compiles", () -> compiled.set(SnippetCompiler.compile(snippets, SnippetCompiler.outputFolder()))));
      for (JavaSnippet snippet : snippets) {
        if (snippet.hasMain()) {
          tests.add(dynamicTest("runs " + snippet.typeName() + " (" + snippet.block().where() + ")",
              () -> SnippetRunner.runMain(loader(compiled, page), snippet.binaryName())));
        }
        if (snippet.hasTests()) {
          tests.add(dynamicTest("runs the tests of " + snippet.typeName() + " (" + snippet.block().where() + ")",
              () -> SnippetRunner.runTests(loader(compiled, page), snippet.binaryName())));
        }
      }
      pages.add(dynamicContainer(page.getFileName().toString(), tests));
    }
    return pages.stream();
  }

  @Test
  void theReadmeAndTheGuidesShowJava() {
    assertFalse(Markdown.blocks(Markdown.root().resolve("README.md"), "java").isEmpty(), "README.md shows no Java usage");
    for (String guide : List.of("getting-started.md", "extending.md", "harness.md")) {
      assertTrue(Markdown.blocks(Markdown.docs().resolve(guide), "java").stream().map(JavaSnippet::of)
          .anyMatch(s -> s.hasMain() || s.hasTests()), guide + " shows no runnable example");
    }
  }

  private static ClassLoader loader(AtomicReference<ClassLoader> compiled, Path page) {
    ClassLoader loader = compiled.get();
    if (loader == null) {
      throw new AssertionError("the snippets of " + page.getFileName() + " did not compile (see above)");
    }
    return loader;
  }
}
