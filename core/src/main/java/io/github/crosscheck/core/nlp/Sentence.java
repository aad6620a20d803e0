package io.github.crosscheck.core.nlp;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;

/**
 * A sentence: its 0-based position among the document's sentences and its span in the original
 * text (trimmed of surrounding whitespace). Immutable.
 */
public record Sentence(int index, TextSpan span) {
  public Sentence {
    requireNonNull(span, "span");
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
    }
  }

  /** The sentence's characters in {@code documentText}. */
  public String text(String documentText) {
    return span.of(documentText);
  }
}
