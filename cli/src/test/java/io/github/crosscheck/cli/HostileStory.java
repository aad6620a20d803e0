package io.github.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A feed whose text, ids, outlets and URLs carry script injections, with a planted contradiction
 * so the report has marks, a finding and an explanation quoting the text around them.
 */
final class HostileStory {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
  static final String URL_SCHEME = "javascript:alert(1)";
  static final List<String> PAYLOADS = List.of(SCRIPT, ATTRIBUTE, URL_SCHEME);

  private HostileStory() {}

  static Path feed(Path file) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode first = json.createObjectNode()
        .put("id", "wire" + ATTRIBUTE)
        .put("outlet", ATTRIBUTE + SCRIPT)
        .put("url", URL_SCHEME)
        .put("published", "2025-03-10")
        .put("text", SCRIPT + " Calder agreed to buy the firm in a $4.2 billion deal " + ATTRIBUTE
            + ", the companies said. See " + URL_SCHEME + " and <a href=\"" + URL_SCHEME + "\">this</a>.");
    ObjectNode second = json.createObjectNode()
        .put("id", SCRIPT + "daily")
        .put("outlet", "Daily </title><script>alert(2)</script>")
        .put("url", "https://example.org/?q=\"><script>alert(1)</script>")
        .put("published", "2025-03-10")
        .put("text", "Calder agreed to buy the firm in a $2.4 billion deal, the companies said. " + ATTRIBUTE
            + " <!-- " + SCRIPT + " --> </div></div><script>alert(3)</script>");
    ObjectNode third = json.createObjectNode()
        .put("id", "scheme")
        .put("url", " JavaScript:alert(1)")
        .put("published", "2025-03-10")
        .put("text", "Calder agreed to buy the firm in a $4.2 billion deal. " + URL_SCHEME);
    try {
      return Stories.write(file, json.writeValueAsString(first) + "\n" + json.writeValueAsString(second) + "\n"
          + json.writeValueAsString(third) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
