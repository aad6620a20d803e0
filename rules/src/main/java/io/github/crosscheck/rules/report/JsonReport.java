package io.github.crosscheck.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.rules.Agreement;
import io.github.crosscheck.rules.ClaimValues;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.event.Event;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON form of a report, schema version {@value #SCHEMA_VERSION} (documented in
 * docs/report-schema.md): {@code documents}, {@code skipped}, {@code claims}, {@code events},
 * {@code findings}, {@code agreements} and a {@code summary}. Built as a Jackson tree, never as
 * strings; the same report always renders to the same bytes. Thread-safe.
 */
public final class JsonReport {
  public static final String SCHEMA_VERSION = "1.0";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReport() {}

  /** The report as an indented JSON document ending in a newline. */
  public static String render(Report report) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report tree always serializes", e);
    }
  }

  /** The report as a Jackson tree. */
  public static ObjectNode tree(Report report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("summary", summary(report));
    ArrayNode documents = root.putArray("documents");
    report.documents().forEach(d -> documents.add(document(d)));
    ArrayNode skipped = root.putArray("skipped");
    report.skipped().forEach(e -> skipped.add(skipped(e)));
    Map<String, String> eventOfClaim = new HashMap<>();
    report.events().forEach(e -> e.claims().forEach(c -> eventOfClaim.put(c.id(), e.id())));
    ArrayNode claims = root.putArray("claims");
    report.claims().forEach(c -> claims.add(claim(c, eventOfClaim.get(c.id()))));
    ArrayNode events = root.putArray("events");
    report.events().forEach(e -> events.add(event(e)));
    ArrayNode findings = root.putArray("findings");
    report.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode agreements = root.putArray("agreements");
    report.agreements().forEach(a -> agreements.add(agreement(a)));
    return root;
  }

  private static ObjectNode summary(Report report) {
    ObjectNode summary = JSON.createObjectNode();
    summary.put("documents", report.documents().size());
    summary.put("skipped", report.skipped().size());
    summary.put("claims", report.claims().size());
    summary.put("events", report.events().size());
    summary.put("contradictions", report.findings(Verdict.CONTRADICTION).size());
    summary.put("possibleContradictions", report.findings(Verdict.POSSIBLE_CONTRADICTION).size());
    summary.put("distinctEvents", report.findings(Verdict.DISTINCT_EVENTS).size());
    summary.put("agreements", report.agreements().size());
    summary.put("suppressed", report.suppressed());
    return summary;
  }

  private static ObjectNode document(Document document) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", document.id());
    node.put("file", document.id());
    node.put("outlet", document.outlet().orElse(null));
    node.put("url", document.url().orElse(null));
    node.put("published", document.published().map(Object::toString).orElse(null));
    return node;
  }

  private static ObjectNode skipped(InputException problem) {
    ObjectNode node = JSON.createObjectNode();
    node.put("source", problem.source());
    if (problem.line().isPresent()) {
      node.put("line", problem.line().getAsInt());
    } else {
      node.putNull("line");
    }
    node.put("problem", problem.problem().name());
    node.put("message", problem.getMessage());
    return node;
  }

  private static ObjectNode claim(Claim claim, String event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", claim.id());
    node.put("document", claim.documentId());
    node.put("start", claim.evidence().span().start());
    node.put("end", claim.evidence().span().end());
    node.put("text", claim.evidence().quote());
    node.put("kind", claim.kind().id());
    ObjectNode subject = node.putObject("subject");
    subject.put("key", claim.subject().key());
    subject.put("predicate", claim.subject().predicate());
    ArrayNode participants = subject.putArray("participants");
    for (Entity entity : claim.subject().participants()) {
      participants.add(entity.name());
    }
    node.set("value", value(claim.value()));
    node.put("modality", claim.modality().id());
    node.put("speaker", claim.attribution().speaker().orElse(null));
    node.put("event", event);
    node.put("reference", claim.reference().map(Object::toString).orElse(null));
    ObjectNode sentence = node.putObject("sentence");
    sentence.put("start", claim.evidence().sentenceSpan().start());
    sentence.put("end", claim.evidence().sentenceSpan().end());
    return node;
  }

  private static ObjectNode value(NormalizedValue value) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", value.getClass().getSimpleName());
    node.put("canonical", value.canonical().orElse(null));
    node.put("modifier", value.modifier().name());
    node.put("text", Describe.value(value));
    ClaimValues.days(value).ifPresent(days -> {
      node.put("from", days.hasLowerBound() ? days.lowerEndpoint().toString() : null);
      node.put("to", days.hasUpperBound() ? days.upperEndpoint().toString() : null);
    });
    ClaimValues.number(value).ifPresent(number -> {
      var bounds = number.bounds();
      node.put("low", bounds.hasLowerBound() ? bounds.lowerEndpoint().toPlainString() : null);
      node.put("high", bounds.hasUpperBound() ? bounds.upperEndpoint().toPlainString() : null);
    });
    return node;
  }

  private static ObjectNode event(Event event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", event.id());
    node.put("type", event.type());
    node.put("subject", event.subject());
    ArrayNode participants = node.putArray("participants");
    event.participants().forEach(p -> participants.add(p.name()));
    node.put("date", event.days().map(d -> d.lowerEndpoint().equals(d.upperEndpoint()) ? d.lowerEndpoint().toString()
        : d.lowerEndpoint() + "/" + d.upperEndpoint()).orElse(null));
    node.put("confidence", event.confidence());
    ArrayNode claims = node.putArray("claims");
    event.claims().forEach(c -> claims.add(c.id()));
    ArrayNode notes = node.putArray("notes");
    event.notes().forEach(notes::add);
    return node;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", finding.id());
    node.put("rule", finding.rule());
    node.put("verdict", finding.verdict().name());
    node.put("confidence", finding.confidence());
    ArrayNode claims = node.putArray("claims");
    finding.claims().forEach(c -> claims.add(c.id()));
    node.put("event", finding.event().orElse(null));
    node.put("explanation", finding.explanation());
    return node;
  }

  private static ObjectNode agreement(Agreement agreement) {
    ObjectNode node = JSON.createObjectNode();
    node.put("subject", agreement.subject());
    node.put("value", agreement.value());
    ArrayNode claims = node.putArray("claims");
    agreement.claims().forEach(c -> claims.add(c.id()));
    return node;
  }
}
