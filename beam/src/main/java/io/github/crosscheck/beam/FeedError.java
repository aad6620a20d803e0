package io.github.crosscheck.beam;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crosscheck.core.document.InputException;
import java.util.Optional;

/**
 * One input the pipeline could not use, written to the errors output instead of failing the run:
 * where it is ({@code source}, 1-based {@code line} and {@code column}, 0 when unknown), what kind
 * of problem it is ({@link InputException.Problem} names, or {@code EXTRACTION_FAILED},
 * {@code CHECK_FAILED}) and a message naming the input. Immutable.
 */
public record FeedError(String source, int line, int column, String problem, String message,
    Optional<String> document) {
  /** Claim extraction threw on a document. */
  public static final String EXTRACTION_FAILED = "EXTRACTION_FAILED";
  /** The rule engine threw on a group; the group's findings are missing. */
  public static final String CHECK_FAILED = "CHECK_FAILED";

  private static final ObjectMapper JSON = new ObjectMapper();

  public FeedError {
    requireNonNull(source, "source");
    requireNonNull(problem, "problem");
    requireNonNull(message, "message");
    requireNonNull(document, "document");
  }

  /** A line of a feed that is not a usable document. */
  public static FeedError of(InputException e) {
    return new FeedError(e.source(), e.line().orElse(0), e.column().orElse(0), e.problem().name(), e.getMessage(),
        Optional.empty());
  }

  /** A document whose id was already taken by the document {@code kept}. */
  public static FeedError duplicate(FeedDocument dropped, FeedDocument kept) {
    return new FeedError(dropped.source(), dropped.line(), 0, InputException.Problem.DUPLICATE_ID.name(),
        dropped.source() + ":" + dropped.line() + ": duplicate id \"" + dropped.document().id() + "\" ("
            + dropped.story().map(s -> "story \"" + s + "\", ").orElse("") + "first read at " + kept.source() + ":"
            + kept.line() + ")", Optional.of(dropped.document().id()));
  }

  /** Extraction failed on a document. */
  public static FeedError extraction(FeedDocument document, RuntimeException e) {
    return new FeedError(document.source(), document.line(), 0, EXTRACTION_FAILED,
        document.source() + ":" + document.line() + ": cannot extract claims from document \""
            + document.document().id() + "\": " + e, Optional.of(document.document().id()));
  }

  /** The rule engine failed on a whole group. */
  public static FeedError check(String group, RuntimeException e) {
    return new FeedError(group, 0, 0, CHECK_FAILED, group + ": cannot check the group: " + e, Optional.empty());
  }

  /** The error as one line of JSON (no line break). */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("source", source);
    if (line > 0) {
      node.put("line", line);
    } else {
      node.putNull("line");
    }
    if (column > 0) {
      node.put("column", column);
    } else {
      node.putNull("column");
    }
    node.put("problem", problem);
    node.put("document", document.orElse(null));
    node.put("message", message);
    return node.toString();
  }
}
