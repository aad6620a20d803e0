package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.nlp.Token;
import io.github.crosscheck.core.nlp.TextPipeline;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.text.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * Names an event the word lists do not know from the noun right before the date: "an underwater
 * inspection on February 26" is the date of an inspection. The part-of-speech tagger confirms the
 * word is a noun; it runs only on the few words that reach this fallback, with a short window of
 * context.
 */
final class NounBeforeDate {
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at");
  /** Words that are never the event a date belongs to: function words and irregular past forms. */
  private static final Set<String> NEVER_EVENTS = ImmutableSet.<String>builder()
      .addAll(Lexicon.FUNCTION).addAll(Lexicon.set("irregular-past-forms.txt")).build();

  private NounBeforeDate() {}

  /**
   * "signed on Friday", "postponed until May": a past form ending in -ed is no noun, so the tagger
   * need not be asked. Nouns ending in -eed ("speed", "need") are left to it.
   */
  private static boolean isPastForm(String lower) {
    return lower.endsWith("ed") && !lower.endsWith("eed");
  }

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
        || isPastForm(word.lower()) || NEVER_EVENTS.contains(word.lower()) || view.commaBetween(word.end(), date.span().start())) {
      return Optional.empty();
    }
    // Tag only a short window ending at the date: enough context for the tagger, a fraction of the cost.
    TextPipeline pipeline = TextPipeline.english();
    int windowStart = view.words().get(Math.max(0, noun - 4)).start();
    TextSpan window = new TextSpan(windowStart, Math.min(view.span().end(), date.span().end()));
    ImmutableList<Token> tokens = pipeline.tokens(view.text(), window);
    int at = 0;
    while (at < tokens.size() && !tokens.get(at).span().equals(word.span())) {
      at++;
    }
    if (at == tokens.size() || !pipeline.tagQuicklyAt(tokens, at).equals("NOUN")) {
      return Optional.empty();
    }
    return Optional.of(new Cue(noun, noun + 1, MeasureClaims.singular(word.lower()), false));
  }
}
