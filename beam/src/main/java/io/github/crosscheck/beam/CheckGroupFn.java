package io.github.crosscheck.beam;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Runs everything after extraction ({@link Checker#checkExtracted}) on each group of one shuffle key
 * (one group, or a bucket of them: {@link ShuffleKeys}) and writes the findings as JSON lines. Document ids are unique in a group ({@link FirstReadFn} ran before
 * extraction). The checker is created in {@link Setup}; a group
 * the rule engine throws on goes to {@link #ERRORS} and the rest go on. Records each group's size.
 */
final class CheckGroupFn extends DoFn<KV<String, Iterable<KV<String, ExtractedDocument>>>, String> {
  static final TupleTag<String> FINDINGS = new TupleTag<>("findings") {};
  static final TupleTag<FeedError> ERRORS = new TupleTag<>("check-errors") {};

  private static final long serialVersionUID = 1L;

  private final Counter findings = Metrics.counter(CheckGroupFn.class, "findings");
  private final Counter failures = Metrics.counter(CheckGroupFn.class, "groupFailures");
  private final Distribution groupClaims = Metrics.distribution(CheckGroupFn.class, "groupClaims");
  private final Distribution groupDocuments = Metrics.distribution(CheckGroupFn.class, "groupDocuments");
  private transient Checker checker;

  @Setup
  public void setup() {
    checker = Checker.builder().build();
  }

  @ProcessElement
  public void process(@Element KV<String, Iterable<KV<String, ExtractedDocument>>> bucket, MultiOutputReceiver out) {
    Map<String, List<ExtractedDocument>> groups = new TreeMap<>();
    for (KV<String, ExtractedDocument> part : bucket.getValue()) {
      groups.computeIfAbsent(part.getKey(), k -> new ArrayList<>()).add(part.getValue());
    }
    groups.forEach((key, parts) -> check(key, parts, out));
  }

  private void check(String group, List<ExtractedDocument> parts, MultiOutputReceiver out) {
    List<Document> documents = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (ExtractedDocument extracted : parts) {
      documents.add(extracted.origin().document());
      claims.addAll(extracted.claims());
    }
    groupClaims.update(claims.size());
    groupDocuments.update(documents.size());
    Report report;
    try {
      report = checker.checkExtracted(documents, claims);
    } catch (RuntimeException e) {
      // A rule that breaks on one group must not cost the findings of every other group.
      out.get(ERRORS).output(FeedError.check(group, e));
      failures.inc();
      return;
    }
    for (Finding finding : report.findings()) {
      out.get(FINDINGS).output(FindingRow.toJson(group, finding));
      findings.inc();
    }
  }
}
