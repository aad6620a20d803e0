package io.github.crosscheck.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One article: its id (the file name in a story folder, the {@code id} field in a feed), where it
 * came from, when it was published (possibly unknown) and its full text. Every offset the library
 * reports points into {@link #text()} exactly as given here; nothing is cleaned or re-encoded.
 * Immutable and thread-safe.
 */
public record Document(
    String id,
    Optional<String> outlet,
    Optional<String> url,
    Optional<PublicationTime> published,
    String text) {

  public Document {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "document id must not be blank");
    requireNonNull(outlet, "outlet");
    requireNonNull(url, "url");
    requireNonNull(published, "published");
    requireNonNull(text, "text");
  }

  /** A document with only an id, a publication time and a text. */
  public static Document of(String id, PublicationTime published, String text) {
    return new Document(id, Optional.empty(), Optional.empty(), Optional.of(published), text);
  }

  /** A document whose publication time is unknown. */
  public static Document undated(String id, String text) {
    return new Document(id, Optional.empty(), Optional.empty(), Optional.empty(), text);
  }

  /** The same document with its publication time withheld, as {@code --no-published} does. */
  public Document withoutPublicationTime() {
    return new Document(id, outlet, url, Optional.empty(), text);
  }

  /** The same document with the given publication time. */
  public Document withPublicationTime(PublicationTime time) {
    return new Document(id, outlet, url, Optional.of(time), text);
  }

  /**
   * The same document without its text, for holders of many documents (an incremental check keeps
   * claims and metadata, not texts). Offsets of claims still refer to the original text.
   */
  public Document withoutText() {
    return new Document(id, outlet, url, published, "");
  }

  @Override
  public String toString() {
    return "Document[" + id + ", published=" + published.map(Object::toString).orElse("unknown")
        + ", " + text.length() + " chars]";
  }
}
