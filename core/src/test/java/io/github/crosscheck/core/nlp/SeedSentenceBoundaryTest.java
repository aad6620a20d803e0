package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crosscheck.core.SharedMaterial;
import io.github.crosscheck.core.text.TextSpan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No sentence boundary may cut a claim an editor annotated in the seeds. */
class SeedSentenceBoundaryTest {
  @Test
  void noSentenceBoundaryFallsInsideAGoldClaimQuote() throws Exception {
    Path seeds = SharedMaterial.require("seeds");
    JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    TextPipeline pipeline = TextPipeline.english();
    List<String> cut = new ArrayList<>();
    int checked = 0;
    for (JsonNode claim : gold.get("claims")) {
      String text = Files.readString(seeds.resolve(claim.get("file").asText()), StandardCharsets.UTF_8);
      TextSpan quote = new TextSpan(claim.get("start").asInt(), claim.get("end").asInt());
      assertEquals(claim.get("quote").asText(), quote.of(text), "gold quote must equal its span");
      boolean inOneSentence = pipeline.sentences(text).stream().anyMatch(s -> s.span().contains(quote));
      if (!inOneSentence) {
        cut.add(claim.get("id").asText() + " \"" + claim.get("quote").asText() + "\"");
      }
      checked++;
    }
    assertTrue(checked > 0);
    assertTrue(cut.isEmpty(), "sentence boundaries inside gold claims: " + cut);
  }
}
