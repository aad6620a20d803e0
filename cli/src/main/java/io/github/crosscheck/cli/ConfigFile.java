package io.github.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.InputException.Problem;
import io.github.crosscheck.rules.CheckConfig;
import io.github.crosscheck.rules.SourceTier;
import io.github.crosscheck.rules.Suppression;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code --config} file:
 *
 * <pre>{
 *   "disabledRules": ["date-mismatch"],
 *   "quantityTolerance": 0.02, "ratePoints": 0.5, "newsCycleDays": 3,
 *   "suppressions": [{"rule": "quantity-mismatch", "subject": "...", "claims": ["a.txt:1-9:count", "b.txt:4-12:count"]}],
 *   "tiers": {"Harbor Wire": "PRIMARY", "blog.txt": "UNVETTED"}
 * }</pre>
 * Every field is optional; an unknown field is an error, so a typo does not silently do nothing.
 */
final class ConfigFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigFile() {}

  static CheckConfig read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw InputException.of(Problem.MISSING_FILE, file.toString(), "no such configuration file");
    } catch (JsonProcessingException e) {
      throw InputException.at(Problem.MALFORMED_JSON, file.toString(), e.getLocation().getLineNr(),
          e.getLocation().getColumnNr(), "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw InputException.of(Problem.MALFORMED_JSON, file.toString(), "expected a JSON object");
    }
    CheckConfig.Builder builder = CheckConfig.builder();
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      try {
        switch (field.getKey()) {
          case "disabledRules" -> value.forEach(r -> builder.disable(r.asText()));
          case "quantityTolerance" -> builder.quantityTolerance(new BigDecimal(value.asText()));
          case "ratePoints" -> builder.ratePoints(new BigDecimal(value.asText()));
          case "newsCycleDays" -> builder.newsCycleDays(value.asInt());
          case "suppressions" -> value.forEach(s -> builder.suppress(suppression(s)));
          case "tiers" -> value.fields().forEachRemaining(t ->
              builder.tier(t.getKey(), SourceTier.valueOf(t.getValue().asText().toUpperCase(Locale.ROOT))));
          default -> throw new IllegalArgumentException("unknown field \"" + field.getKey() + "\"");
        }
      } catch (IllegalArgumentException e) {
        throw InputException.of(Problem.MISSING_FIELD, file.toString(), "\"" + field.getKey() + "\": " + e.getMessage());
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw InputException.of(Problem.MISSING_FIELD, file.toString(), e.getMessage());
    }
  }

  private static Suppression suppression(JsonNode node) {
    JsonNode claims = node.get("claims");
    return new Suppression(text(node, "rule"), text(node, "subject"),
        claims != null && claims.size() > 0 ? Optional.of(claims.get(0).asText()) : Optional.empty(),
        claims != null && claims.size() > 1 ? Optional.of(claims.get(1).asText()) : Optional.empty());
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
