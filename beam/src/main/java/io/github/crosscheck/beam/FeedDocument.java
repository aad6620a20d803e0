package io.github.crosscheck.beam;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.document.Document;
import java.util.Comparator;
import java.util.Optional;

/**
 * A document as read from one line of a feed: the story it belongs to when the line names one
 * ({@code "story"}), the feed it came from and its 1-based line. Where it came from decides which
 * of two documents with the same id is kept (the earlier feed name, then the earlier line), so the
 * choice never depends on the runner. Immutable.
 */
public record FeedDocument(Optional<String> story, String source, int line, Document document) {
  /** The order in which duplicates are kept: the first by feed name, then by line. */
  public static final Comparator<FeedDocument> FIRST_READ =
      Comparator.comparing(FeedDocument::source).thenComparingInt(FeedDocument::line);

  public FeedDocument {
    requireNonNull(story, "story");
    requireNonNull(source, "source");
    checkArgument(line >= 1, "line must be >= 1, got %s", line);
    requireNonNull(document, "document");
  }

  /**
   * What must be unique across the input: the document id within its story, or among all documents
   * that name no story (their claims meet in the same predicate groups).
   */
  public String identity() {
    return story.map(s -> "story " + s).orElse("no story") + " / " + document.id();
  }

  /** The same document without its text, for what crosses a shuffle after extraction. */
  public FeedDocument withoutText() {
    return new FeedDocument(story, source, line, document.withoutText());
  }
}
