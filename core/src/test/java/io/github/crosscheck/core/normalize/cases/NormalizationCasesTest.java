package io.github.crosscheck.core.normalize.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizationCasesTest {

  @Test
  void scoresCasesAndWritesOneLineEach(@TempDir Path dir) throws IOException {
    Path cases = dir.resolve("cases.jsonl");
    Files.write(cases, List.of(
        "{\"id\":\"t-1\",\"peer\":\"mine\",\"kind\":\"date\",\"text\":\"The strike ended yesterday.\","
            + "\"ref\":\"2025-01-17T00:00:00\",\"expected\":\"2025-01-16\",\"span\":\"yesterday\"}",
        "{\"id\":\"t-2\",\"peer\":\"mine\",\"kind\":\"percent\",\"text\":\"Up 9.4 per cent and 4 per cent.\","
            + "\"ref\":null,\"expected\":\"4\",\"span\":\"4 per cent\"}",
        "{\"id\":\"t-3\",\"peer\":\"other\",\"kind\":\"duration\",\"text\":\"It lasted 18 months.\","
            + "\"ref\":null,\"expected\":\"P18M\",\"span\":\"\"}",
        "{\"id\":\"t-4\",\"peer\":\"other\",\"kind\":\"money\",\"text\":\"No money here.\","
            + "\"ref\":null,\"expected\":\"USD 5\",\"span\":\"here\"}",
        "{\"id\":\"t-5\",\"peer\":\"other\",\"kind\":\"datetime\",\"text\":\"It starts at 9am tomorrow.\","
            + "\"ref\":\"2013-02-12T04:30:00-02:00\",\"expected\":\"2013-02-13T10:00\",\"span\":\"9am tomorrow\"}"));
    Path out = dir.resolve("out.jsonl");
    Summary summary = NormalizationCases.run(cases, out);
    assertEquals(List.of(CaseOutcome.Verdict.CORRECT, CaseOutcome.Verdict.CORRECT, CaseOutcome.Verdict.CORRECT,
        CaseOutcome.Verdict.MISSED, CaseOutcome.Verdict.WRONG),
        summary.outcomes().stream().map(CaseOutcome::verdict).toList());
    List<String> lines = Files.readAllLines(out);
    assertEquals("{\"id\":\"t-1\",\"got\":\"2025-01-16\"}", lines.get(0));
    assertEquals("{\"id\":\"t-4\",\"got\":null}", lines.get(3));
    assertEquals(3, summary.byPeer().get("mine").cases() + 1);
    assertTrue(summary.render().contains("total"));
  }

  @Test
  void durationsCompareByValue() {
    assertTrue(NormalizationCases.same("duration", "P1Y6M", "P18M"));
    assertTrue(NormalizationCases.same("duration", "PT90M", "PT1H30M"));
    assertTrue(NormalizationCases.same("number", "1.10", "1.1"));
  }

  @Test
  void aSpanIsLocatedAtWordBoundaries() {
    assertEquals(20, NormalizationCases.locate("Up 9.4 per cent and 4 per cent.", "4 per cent"));
  }
}
