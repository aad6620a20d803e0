package io.github.crosscheck.beam;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimExtractor;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Extracts one document's claims and sends them, without the document's text, to the groups that
 * check them ({@link GroupKeys#split}). The extractor is not serializable: it is created in
 * {@link Setup}, once per DoFn instance, and its OpenNLP models are loaded once per worker JVM
 * (they are process-wide singletons). A document the extractor throws on goes to {@link #ERRORS}
 * and the rest go on.
 */
final class ExtractFn extends DoFn<FeedDocument, KV<String, ExtractedDocument>> {
  static final TupleTag<KV<String, ExtractedDocument>> GROUPED = new TupleTag<>("grouped") {};
  static final TupleTag<FeedError> ERRORS = new TupleTag<>("extract-errors") {};

  private static final long serialVersionUID = 1L;

  private final Counter failures = Metrics.counter(ExtractFn.class, "extractionFailures");
  private final Distribution claimsPerDocument = Metrics.distribution(ExtractFn.class, "claimsPerDocument");
  private transient ClaimExtractor extractor;

  @Setup
  public void setup() {
    extractor = ClaimExtractor.english();
  }

  @ProcessElement
  public void process(@Element FeedDocument document, MultiOutputReceiver out) {
    ImmutableList<Claim> claims;
    try {
      claims = extractor.extract(document.document());
    } catch (RuntimeException e) {
      // One document the extractor cannot handle must not stop an archive run: report it and go on.
      out.get(ERRORS).output(FeedError.extraction(document, e));
      failures.inc();
      return;
    }
    claimsPerDocument.update(claims.size());
    ExtractedDocument extracted = new ExtractedDocument(document.withoutText(), claims);
    for (Map.Entry<String, ExtractedDocument> group : GroupKeys.split(extracted).entrySet()) {
      out.get(GROUPED).output(KV.of(group.getKey(), group.getValue()));
    }
  }
}
