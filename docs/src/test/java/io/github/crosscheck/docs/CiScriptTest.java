package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CI runs the README's test command first, then builds the example consumer against the installed artifacts. */
class CiScriptTest {
  @Test
  void ciRunsTheReadmeCommandThenTheExampleConsumer() {
    List<String> mvn = Markdown.read(Markdown.root().resolve(".ci/run")).lines()
        .filter(l -> l.startsWith("mvn ")).toList();
    assertEquals(List.of("mvn -B verify", "mvn -B -q install -DskipTests", "mvn -B -f docs/example-consumer/pom.xml verify"),
        mvn);
    assertTrue(Markdown.read(Markdown.root().resolve("README.md")).contains("```\nmvn -B verify\n```"),
        "README.md must show the command CI runs first");
  }
}
