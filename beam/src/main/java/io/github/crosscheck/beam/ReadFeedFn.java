package io.github.crosscheck.beam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.FeedLines;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.InputException.Problem;
import io.github.crosscheck.core.document.JsonLinesFeedReader;
import io.github.crosscheck.core.document.LoadLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Optional;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Reads one feed file: every line becomes a {@link FeedDocument} (with the optional {@code "story"}
 * field) on the main output, or a {@link FeedError} on {@link #ERRORS}; blank lines are passed over.
 * Lines are read by core's {@link FeedLines} and parsed by the command line's own
 * {@link JsonLinesFeedReader#parseLine}, so a feed means
 * the same here as there. Holds no state but its limits; serializable.
 */
final class ReadFeedFn extends DoFn<FileIO.ReadableFile, FeedDocument> {
  static final TupleTag<FeedDocument> DOCUMENTS = new TupleTag<>("documents") {};
  static final TupleTag<FeedError> ERRORS = new TupleTag<>("read-errors") {};

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Counter documents = Metrics.counter(ReadFeedFn.class, "documents");
  private final Counter errors = Metrics.counter(ReadFeedFn.class, "badLines");

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
    String source = file.getMetadata().resourceId().toString();
    JsonLinesFeedReader reader = JsonLinesFeedReader.lenient();
    try (InputStream in = Channels.newInputStream(file.open())) {
      FeedLines lines = new FeedLines(new BufferedInputStream(in, 1 << 16), source, LoadLimits.DEFAULT);
      while (true) {
        try {
          String line = lines.next();
          if (line == null) {
            break;
          }
          Optional<Document> document = reader.parseLine(line, source, lines.number());
          if (document.isPresent()) {
            out.get(DOCUMENTS).output(new FeedDocument(story(line, source, lines.number()), source, lines.number(),
                document.get()));
            documents.inc();
          }
        } catch (InputException e) {
          out.get(ERRORS).output(FeedError.of(e));
          errors.inc();
        }
      }
    }
  }

  /** The line's {@code "story"} field; absent, null and blank are no story. The line is valid JSON here. */
  static Optional<String> story(String line, String source, int number) {
    JsonNode node;
    try {
      node = JSON.readTree(line).get("story");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a line parseLine accepted no longer parses", e);
    }
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isContainerNode()) {
      throw InputException.at(Problem.MALFORMED_JSON, source, number, 0, "\"story\" must be a string");
    }
    String story = node.asText().strip();
    return story.isEmpty() ? Optional.empty() : Optional.of(story);
  }
}
