package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crosscheck.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleCatalogueIsCurrentTest {
  @Test
  void ruleCatalogueMatchesTheRulesMetadata() throws IOException {
    String stored = Files.readString(Path.of("rules.md"), StandardCharsets.UTF_8);
    assertEquals(RuleCatalogue.render(BuiltinRules.all()), stored,
        "docs/rules.md is stale: run `mvn -q -pl docs exec:java` (RuleCatalogue) to regenerate it");
  }
}
