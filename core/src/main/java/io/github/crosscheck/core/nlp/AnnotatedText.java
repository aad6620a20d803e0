package io.github.crosscheck.core.nlp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/** A text with all its sentences tokenized and tagged; every span points into {@link #text()}. */
public record AnnotatedText(String text, ImmutableList<AnnotatedSentence> sentences) {
  public AnnotatedText {
    requireNonNull(text, "text");
    requireNonNull(sentences, "sentences");
  }
}
