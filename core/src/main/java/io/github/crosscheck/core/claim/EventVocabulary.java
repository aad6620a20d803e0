package io.github.crosscheck.core.claim;

import java.util.Optional;

/**
 * The event types the extractor knows ("call", "inauguration", "election", …), for later stages
 * that meet an event phrase outside a sentence's claims: the anchor of a derived date ("three days
 * before Trump's inauguration") or of a since-clause ("since he won the election").
 */
public final class EventVocabulary {
  private EventVocabulary() {}

  /** The type of the first event the phrase names, if it names one. */
  public static Optional<String> eventType(String phrase) {
    return Cues.eventType(Words.scan(phrase, new io.github.crosscheck.core.text.TextSpan(0, phrase.length())));
  }
}
