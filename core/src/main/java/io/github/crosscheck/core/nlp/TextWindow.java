package io.github.crosscheck.core.nlp;

import java.util.Objects;

/**
 * The characters {@code [start, end)} of a text, read in place, as {@link java.nio.CharBuffer#wrap(CharSequence,
 * int, int)} would give them, but moved to the next stretch rather than made anew: the sentence
 * model reads a document line by line. Mutable and confined to the call that made it; nothing may
 * keep it past its next {@link #over}.
 */
final class TextWindow implements CharSequence {
  private final String text;
  private int start;
  private int length;

  TextWindow(String text) {
    this.text = text;
  }

  /** This window, now over {@code text[start, end)}. */
  TextWindow over(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    this.start = start;
    this.length = end - start;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return text.charAt(start + Objects.checkIndex(index, length));
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    Objects.checkFromToIndex(from, to, length);
    return text.substring(start + from, start + to);
  }

  @Override
  public String toString() {
    return text.substring(start, start + length);
  }
}
