package io.github.crosscheck.core.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.InputException.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines feed: one {@code {"id","outlet","url","published","text"}} object per line
 * ({@code id} and {@code text} required, the rest optional, unknown fields ignored; blank lines
 * are not documents and are passed over).
 *
 * <p>A strict reader stops at the first bad line with an {@link InputException} naming the feed and
 * the line. A lenient reader keeps going and returns every bad line in {@link Story#skipped()}, so
 * nothing is dropped silently. Lines are read as a stream with a bounded length; a feed of any size
 * can be streamed with {@link #stream}. Thread-safe.
 */
public final class JsonLinesFeedReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoadLimits limits;
  private final boolean lenient;

  private JsonLinesFeedReader(LoadLimits limits, boolean lenient) {
    this.limits = requireNonNull(limits, "limits");
    this.lenient = lenient;
  }

  /** Stops at the first bad line. */
  public static JsonLinesFeedReader strict() {
    return new JsonLinesFeedReader(LoadLimits.DEFAULT, false);
  }

  /** Skips bad lines and reports each of them. */
  public static JsonLinesFeedReader lenient() {
    return new JsonLinesFeedReader(LoadLimits.DEFAULT, true);
  }

  public JsonLinesFeedReader withLimits(LoadLimits newLimits) {
    return new JsonLinesFeedReader(newLimits, lenient);
  }

  /**
   * Reads the whole feed into a story.
   *
   * @throws InputException when the file is missing, or (strict reader) at the first bad line
   */
  public Story read(Path feed) {
    ImmutableList.Builder<Document> documents = ImmutableList.builder();
    ImmutableList.Builder<InputException> skipped = ImmutableList.builder();
    int[] count = {0};
    try (InputStream in = Files.newInputStream(feed)) {
      stream(in, feed.toString(), d -> {
        if (++count[0] > limits.maxDocuments()) {
          throw InputException.of(Problem.TOO_MANY_DOCUMENTS, feed.toString(),
              "more than " + limits.maxDocuments() + " documents");
        }
        documents.add(d);
      }, skipped::add);
    } catch (NoSuchFileException e) {
      throw InputException.of(Problem.MISSING_FILE, feed.toString(), "no such feed file");
    } catch (IOException e) {
      throw InputException.of(Problem.UNREADABLE, feed.toString(), "cannot read: " + e.getMessage());
    }
    return new Story(documents.build(), skipped.build());
  }

  /**
   * Streams the documents of a feed to {@code documents}; bad lines go to {@code problems} (lenient)
   * or are thrown (strict). Duplicate ids are bad lines: the first document with an id wins.
   */
  public void stream(InputStream in, String source, Consumer<Document> documents, Consumer<InputException> problems)
      throws IOException {
    FeedLines lines = new FeedLines(new BufferedInputStream(in), source, limits);
    Set<String> ids = new HashSet<>();
    while (true) {
      try {
        String line = lines.next();
        if (line == null) {
          return;
        }
        Optional<Document> document = parseLine(line, source, lines.number());
        if (document.isPresent() && !ids.add(document.get().id())) {
          throw InputException.at(Problem.DUPLICATE_ID, source, lines.number(), 0,
              "duplicate id \"" + document.get().id() + "\"");
        }
        document.ifPresent(documents);
      } catch (InputException e) {
        if (!lenient) {
          throw e;
        }
        problems.accept(e);
      }
    }
  }

  /**
   * Parses one line of a feed; a blank line is empty.
   *
   * @throws InputException naming {@code source} and {@code lineNumber}
   */
  public Optional<Document> parseLine(String line, String source, int lineNumber) {
    if (line.isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw InputException.at(Problem.MALFORMED_JSON, source, lineNumber, at == null ? 0 : at.getColumnNr(),
          "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw InputException.at(Problem.MALFORMED_JSON, source, lineNumber, 1, "expected a JSON object");
    }
    String id = JsonFields.text(node, "id").orElseThrow(
        () -> InputException.at(Problem.MISSING_FIELD, source, lineNumber, 0, "the document has no \"id\""));
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw InputException.at(Problem.EMPTY_TEXT, source, lineNumber, 0, "document \"" + id + "\" has no \"text\"");
    }
    String text = DocumentTexts.checked(textNode.asText(), source + " (document \"" + id + "\")", lineNumber, limits);
    Optional<PublicationTime> published = JsonFields.publication(node, source + " (document \"" + id + "\")", lineNumber);
    return Optional.of(new Document(id, JsonFields.text(node, "outlet"), JsonFields.text(node, "url"), published, text));
  }
}
