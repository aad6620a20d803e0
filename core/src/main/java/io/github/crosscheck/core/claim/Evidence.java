package io.github.crosscheck.core.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;

/**
 * Where a claim is stated: the document, the exact claim phrase ({@code quote} equals
 * {@code span.of(documentText)}) and the sentence around it. Offsets are UTF-16 indexes into the
 * document's original text, end exclusive. Immutable.
 */
public record Evidence(String documentId, TextSpan span, String quote, TextSpan sentenceSpan, String sentence) {
  public Evidence {
    requireNonNull(documentId, "documentId");
    requireNonNull(span, "span");
    requireNonNull(quote, "quote");
    requireNonNull(sentenceSpan, "sentenceSpan");
    requireNonNull(sentence, "sentence");
    checkArgument(quote.length() == span.length(), "quote \"%s\" does not fit span %s", quote, span);
  }
}
