package io.github.crosscheck.core.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;

/**
 * One normalized expression of a document: its span (end exclusive) in the document text, the
 * exact characters it covers ({@code text == span.of(document)}), its kind and its typed value.
 * Expressions of one kind never overlap each other; a relative date built on an offset ("in 15
 * years") also yields the nested duration ("15 years"). Immutable and thread-safe.
 */
public record Expression(TextSpan span, String text, ExpressionKind kind, NormalizedValue value) {

  public Expression {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    checkArgument(text.length() == span.length(), "text \"%s\" does not have the length of span %s", text, span);
  }
}
