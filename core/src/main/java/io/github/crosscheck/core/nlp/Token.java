package io.github.crosscheck.core.nlp;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;

/**
 * A token: its span in the original document text and its characters there
 * ({@code text.equals(span.of(document))} always holds). Immutable.
 */
public record Token(TextSpan span, String text) {
  public Token {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
  }
}
