package io.github.crosscheck.core.normalize.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.SharedMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the external normalization benchmark (dev split) and guards each kind's accuracy against
 * regression. Skipped with a message where the shared material is absent.
 */
class NormalizationBenchmarkTest {
  /** Floors about two points below the measured accuracy per kind (see docs/normalization.md). */
  private static final Map<String, Double> FLOORS = Map.of(
      "date", 0.91, "datetime", 0.93, "duration", 0.96, "number", 0.96, "percent", 0.98, "money", 0.98);

  @Test
  void everyKindStaysAboveItsFloorOnTheDevSplit(@TempDir Path tmp) throws IOException {
    Path cases = SharedMaterial.require("benchmarks/normalize/dev.jsonl");
    Summary summary = NormalizationCases.run(cases, tmp.resolve("got.jsonl"));
    System.out.println(summary.render());
    assertTrue(Files.size(tmp.resolve("got.jsonl")) > 0);
    summary.byKind().forEach((kind, tally) -> assertTrue(tally.accuracy() >= FLOORS.getOrDefault(kind, 0.0),
        () -> kind + " accuracy " + tally.accuracy() + " fell below its floor " + FLOORS.get(kind)));
  }
}
