package io.github.crosscheck.core.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into a document's original
 * text. It is the one span type of the library: sentences, tokens, expressions and claim evidence
 * all point into the unmodified text with it, so {@code text.substring(start, end)} is always the
 * exact surface the span names. Immutable and thread-safe.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  /** Validates that {@code 0 <= start <= end}. */
  public TextSpan {
    checkArgument(start >= 0, "span start must be >= 0, got %s", start);
    checkArgument(end >= start, "span end %s is before its start %s", end, start);
  }

  /** The span {@code [start, end)}. */
  public static TextSpan of(int start, int end) {
    return new TextSpan(start, end);
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span covers no character. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely within this span. */
  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  /** Whether the character offset lies within this span. */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /** This span moved right by {@code delta} characters. */
  public TextSpan shift(int delta) {
    return new TextSpan(start + delta, end + delta);
  }

  /** The smallest span covering both. */
  public TextSpan union(TextSpan other) {
    return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * The covered characters of {@code text}.
   *
   * @throws IllegalArgumentException when the span does not fit inside {@code text}
   */
  public String of(CharSequence text) {
    checkArgument(end <= text.length(), "span %s exceeds text of length %s", this, text.length());
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(TextSpan other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
