package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.normalize.Expression;
import java.util.Optional;
import java.util.Set;

/**
 * Names an event the word lists do not know from the noun right before the date: "an underwater
 * inspection on February 26" is the date of an inspection. The part-of-speech tagger confirms the
 * word is a noun; it runs only on the few sentences that reach this fallback.
 */
final class NounBeforeDate {
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at");

  private NounBeforeDate() {}

  static Optional<Cue> find(SentenceView view, Expression date, int dateWord) {
    int noun = dateWord - 1;
    String first = view.words().size() > dateWord ? view.words().get(dateWord).lower() : "";
    if (!PREPOSITIONS.contains(first)) {
      if (noun < 0 || !PREPOSITIONS.contains(view.words().get(noun).lower())) {
        return Optional.empty();
      }
      noun--;
    }
    if (noun < 0) {
      return Optional.empty();
    }
    Word word = view.words().get(noun);
    if (word.isCapitalized() || word.text().length() < 4 || !word.text().chars().allMatch(Character::isLetter)
        || view.commaBetween(word.span().end(), date.span().start())) {
      return Optional.empty();
    }
    boolean isNoun = view.tags().get().stream().anyMatch(t -> t.span().equals(word.span()) && t.tag().equals("NOUN"));
    if (!isNoun) {
      return Optional.empty();
    }
    return Optional.of(new Cue(noun, noun + 1, MeasureClaims.singular(word.lower()), false));
  }
}
