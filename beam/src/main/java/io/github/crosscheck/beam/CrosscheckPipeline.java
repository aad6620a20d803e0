package io.github.crosscheck.beam;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.beam.codec.ValueCoder;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The crosscheck pipeline: read feeds → keep the first document of each id → extract claims per
 * document in parallel → key by story (or, without one, by claim predicate) → group → run the rule
 * engine per group → findings and errors as JSON Lines. A bad line, a duplicate id, a document the
 * extractor throws on or a group the rules throw on becomes one error line; none fails the run.
 *
 * <p>Every element that crosses a shuffle is coded with {@link ValueCoder}; the DoFns create their
 * extractor and checker in {@code @Setup}. Stateless; builds into the pipeline it is given.
 */
public final class CrosscheckPipeline {
  private CrosscheckPipeline() {}

  /** What {@link #check} produces: findings as JSON lines, and every input that could not be used. */
  public record Outputs(PCollection<String> findings, PCollection<FeedError> errors) {}

  /**
   * Reads feeds matching {@code input}, checks them and writes the two outputs under
   * {@code outputDirectory}, shuffling by {@code keys}.
   */
  public static void build(Pipeline pipeline, String input, String outputDirectory, ShuffleKeys keys) {
    requireNonNull(input, "input");
    String directory = outputDirectory.endsWith("/") ? outputDirectory : outputDirectory + "/";
    PCollectionTuple read = read(pipeline, input);
    Outputs checked = check(read.get(ReadFeedFn.DOCUMENTS), keys);
    PCollection<FeedError> errors = PCollectionList.of(read.get(ReadFeedFn.ERRORS)).and(checked.errors())
        .apply("AllErrors", Flatten.pCollections());
    checked.findings().apply("WriteFindings", TextIO.write().to(directory + "findings").withSuffix(".jsonl"));
    errors.apply("ErrorsAsJson", MapElements.into(TypeDescriptors.strings()).via(FeedError::toJson))
        .apply("WriteErrors", TextIO.write().to(directory + "errors").withSuffix(".jsonl"));
  }

  /** The documents of every feed matching {@code input} ({@link ReadFeedFn#DOCUMENTS}) and the bad lines ({@link ReadFeedFn#ERRORS}). */
  public static PCollectionTuple read(Pipeline pipeline, String input) {
    PCollectionTuple read = pipeline
        .apply("MatchFeeds", FileIO.match().filepattern(input))
        .apply("OpenFeeds", FileIO.readMatches())
        .apply("ReadFeeds", ParDo.of(new ReadFeedFn())
            .withOutputTags(ReadFeedFn.DOCUMENTS, TupleTagList.of(ReadFeedFn.ERRORS)));
    read.get(ReadFeedFn.DOCUMENTS).setCoder(ValueCoder.of(FeedDocument.class));
    read.get(ReadFeedFn.ERRORS).setCoder(ValueCoder.of(FeedError.class));
    return read;
  }

  /**
   * Checks documents: the findings of every group, and the documents and groups that failed. The
   * results do not depend on {@code keys}; only how much each shuffle key holds does.
   */
  public static Outputs check(PCollection<FeedDocument> documents, ShuffleKeys keys) {
    PCollectionTuple kept = documents
        .apply("KeyById", WithKeys.of((FeedDocument d) -> keys.of(d.identity())).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ValueCoder.of(FeedDocument.class)))
        .apply("GroupById", GroupByKey.create())
        .apply("FirstRead", ParDo.of(new FirstReadFn())
            .withOutputTags(FirstReadFn.KEPT, TupleTagList.of(FirstReadFn.DUPLICATES)));
    kept.get(FirstReadFn.KEPT).setCoder(ValueCoder.of(FeedDocument.class));
    kept.get(FirstReadFn.DUPLICATES).setCoder(ValueCoder.of(FeedError.class));

    PCollectionTuple extracted = kept.get(FirstReadFn.KEPT)
        .apply("ExtractClaims", ParDo.of(new ExtractFn())
            .withOutputTags(ExtractFn.GROUPED, TupleTagList.of(ExtractFn.ERRORS)));
    extracted.get(ExtractFn.GROUPED).setCoder(KvCoder.of(StringUtf8Coder.of(), ValueCoder.of(ExtractedDocument.class)));
    extracted.get(ExtractFn.ERRORS).setCoder(ValueCoder.of(FeedError.class));

    PCollectionTuple checked = extracted.get(ExtractFn.GROUPED)
        .apply("KeyByGroup", WithKeys.of((KV<String, ExtractedDocument> g) -> keys.of(g.getKey()))
            .withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(),
            KvCoder.of(StringUtf8Coder.of(), ValueCoder.of(ExtractedDocument.class))))
        .apply("GroupByStoryOrPredicate", GroupByKey.create())
        .apply("CheckGroups", ParDo.of(new CheckGroupFn())
            .withOutputTags(CheckGroupFn.FINDINGS, TupleTagList.of(CheckGroupFn.ERRORS)));
    checked.get(CheckGroupFn.FINDINGS).setCoder(StringUtf8Coder.of());
    checked.get(CheckGroupFn.ERRORS).setCoder(ValueCoder.of(FeedError.class));

    PCollection<FeedError> errors = PCollectionList.of(kept.get(FirstReadFn.DUPLICATES))
        .and(extracted.get(ExtractFn.ERRORS))
        .and(checked.get(CheckGroupFn.ERRORS))
        .apply("CheckErrors", Flatten.pCollections());
    return new Outputs(checked.get(CheckGroupFn.FINDINGS), errors);
  }
}
