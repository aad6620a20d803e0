package io.github.crosscheck.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.rules.Finding;

/**
 * One line of the findings output: the group ({@code story:<id>} or {@code predicate:<p>}), its
 * story id or predicate, and the finding as the JSON report writes it ({@code id}, {@code rule},
 * {@code verdict}, {@code confidence}, {@code claims} by id, {@code event}, {@code explanation}).
 * Pure; thread-safe.
 */
public final class FindingRow {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FindingRow() {}

  /** The finding as one line of JSON (no line break). */
  public static String toJson(String group, Finding finding) {
    ObjectNode node = JSON.createObjectNode();
    node.put("group", group);
    node.put("story", GroupKeys.storyOf(group).orElse(null));
    node.put("predicate", GroupKeys.predicateOf(group).orElse(null));
    node.put("id", finding.id());
    node.put("rule", finding.rule());
    node.put("verdict", finding.verdict().name());
    node.put("confidence", finding.confidence());
    ArrayNode claims = node.putArray("claims");
    for (Claim claim : finding.claims()) {
      claims.add(claim.id());
    }
    node.put("event", finding.event().orElse(null));
    node.put("explanation", finding.explanation());
    return node.toString();
  }
}
