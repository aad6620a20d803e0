package io.github.crosscheck.core.nlp;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;

/**
 * A token with its part-of-speech tag in the Universal Dependencies tag set ({@code PROPN},
 * {@code VERB}, {@code AUX}, {@code NUM}, …), the native tag set of OpenNLP's English models. Tense
 * is not in these tags; it is read from the word forms. Immutable.
 */
public record TaggedToken(Token token, String tag) {
  public TaggedToken {
    requireNonNull(token, "token");
    requireNonNull(tag, "tag");
  }

  public TextSpan span() {
    return token.span();
  }

  public String text() {
    return token.text();
  }

  /** Whether the tag is a proper noun ({@code PROPN}). */
  public boolean isProperNoun() {
    return tag.equals("PROPN");
  }

  /** Whether the tag is a verb or an auxiliary ({@code VERB}, {@code AUX}). */
  public boolean isVerb() {
    return tag.equals("VERB") || tag.equals("AUX");
  }
}
