package io.github.crosscheck.core.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crosscheck.core.document.InputException.Problem;
import java.time.DateTimeException;
import java.util.Optional;

/** Reads the optional string fields shared by sidecars and feeds. */
final class JsonFields {
  private JsonFields() {}

  /** The field's text; absent, {@code null} and blank are all empty. Numbers are taken as text. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** The {@code published} field parsed, or empty when absent or null. */
  static Optional<PublicationTime> publication(JsonNode node, String source, int line) {
    Optional<String> text = text(node, "published");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicationTime.parse(text.get()));
    } catch (DateTimeException e) {
      throw InputException.at(Problem.INVALID_DATE, source, line, 0,
          "invalid \"published\": " + e.getMessage() + "; expected 2025-01-17 or 2025-01-17T11:03:00-05:00");
    }
  }
}
