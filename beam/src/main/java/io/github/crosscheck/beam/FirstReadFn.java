package io.github.crosscheck.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Keeps, of the documents sharing one {@link FeedDocument#identity()}, the first read
 * ({@link FeedDocument#FIRST_READ}) and reports every other as a {@code DUPLICATE_ID} error, so the
 * choice does not depend on the order a runner delivers them in. Its input is one shuffle key's
 * documents ({@link ShuffleKeys}: one identity, or a bucket of them). The shuffle before it is also
 * what spreads documents over workers for extraction. Stateless; serializable.
 */
final class FirstReadFn extends DoFn<KV<String, Iterable<FeedDocument>>, FeedDocument> {
  static final TupleTag<FeedDocument> KEPT = new TupleTag<>("kept") {};
  static final TupleTag<FeedError> DUPLICATES = new TupleTag<>("duplicates") {};

  private static final long serialVersionUID = 1L;

  private final Counter duplicates = Metrics.counter(FirstReadFn.class, "duplicates");

  @ProcessElement
  public void process(@Element KV<String, Iterable<FeedDocument>> bucket, MultiOutputReceiver out) {
    Map<String, List<FeedDocument>> byIdentity = new TreeMap<>();
    for (FeedDocument document : bucket.getValue()) {
      byIdentity.computeIfAbsent(document.identity(), k -> new ArrayList<>()).add(document);
    }
    for (List<FeedDocument> same : byIdentity.values()) {
      same.sort(FeedDocument.FIRST_READ);
      FeedDocument kept = same.get(0);
      out.get(KEPT).output(kept);
      for (FeedDocument dropped : same.subList(1, same.size())) {
        out.get(DUPLICATES).output(FeedError.duplicate(dropped, kept));
        duplicates.inc();
      }
    }
  }
}
