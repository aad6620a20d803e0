package io.github.crosscheck.core.nlp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/** A sentence with its tagged tokens. Immutable. */
public record AnnotatedSentence(Sentence sentence, ImmutableList<TaggedToken> tokens) {
  public AnnotatedSentence {
    requireNonNull(sentence, "sentence");
    requireNonNull(tokens, "tokens");
  }
}
