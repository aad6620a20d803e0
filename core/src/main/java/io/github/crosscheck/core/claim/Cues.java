package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.text.WordSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds event and deadline cues in a sentence's words from the bundled lists {@code events.tsv} and
 * {@code deadlines.tsv}: longest phrase first, case-insensitive, whole words only.
 */
final class Cues {
  private static final ImmutableMap<String, String> EVENTS = Lexicon.map("events.tsv");
  private static final ImmutableMap<String, String> DEADLINES = Lexicon.map("deadlines.tsv");
  /** A phrase of the lists, split into words. */
  private record Phrase(ImmutableList<String> words, String type, boolean deadline) {}

  /** Every phrase by its first word, longest first; deadlines before events of the same length. */
  private static final ImmutableListMultimap<String, Phrase> BY_FIRST_WORD = index();
  /** The first words, to pass over a word that starts no phrase without copying it. */
  private static final WordSet FIRST_WORDS = WordSet.of(BY_FIRST_WORD.keySet());

  private static ImmutableListMultimap<String, Phrase> index() {
    List<Phrase> phrases = new ArrayList<>();
    DEADLINES.forEach((phrase, type) -> phrases.add(new Phrase(ImmutableList.copyOf(phrase.split(" ")), type, true)));
    EVENTS.forEach((phrase, type) -> {
      if (!DEADLINES.containsKey(phrase)) {
        phrases.add(new Phrase(ImmutableList.copyOf(phrase.split(" ")), type, false));
      }
    });
    phrases.sort(java.util.Comparator.comparingInt((Phrase p) -> -p.words().size()));
    ImmutableListMultimap.Builder<String, Phrase> index = ImmutableListMultimap.builder();
    phrases.forEach(p -> index.put(p.words().get(0), p));
    return index.build();
  }

  private Cues() {}

  static ImmutableList<Cue> find(List<Word> words) {
    Cue first = null; // most sentences have no cue, and most others one
    List<Cue> cues = null; // the cues after the first, made at the second
    int i = 0;
    while (i < words.size()) {
      if (!words.get(i).in(FIRST_WORDS)) {
        i++;
        continue;
      }
      int matched = 0;
      List<Phrase> phrases = BY_FIRST_WORD.get(words.get(i).lower());
      for (int p = 0; p < phrases.size(); p++) { // indexed: no iterator per cue word
        Phrase phrase = phrases.get(p);
        if (Words.continuePhrase(words, i, phrase.words())) {
          Cue cue = new Cue(i, i + phrase.words().size(), phrase.type(), phrase.deadline());
          if (first == null) {
            first = cue;
          } else {
            cues = cues == null ? new ArrayList<>(4) : cues;
            cues.add(cue);
          }
          matched = phrase.words().size();
          break;
        }
      }
      i += Math.max(matched, 1);
    }
    if (first == null) {
      return ImmutableList.of();
    }
    return cues == null ? ImmutableList.of(first) : ImmutableList.<Cue>builderWithExpectedSize(cues.size() + 1)
        .add(first).addAll(cues).build();
  }

  /** The event type a phrase names, if it is in the event list. */
  static java.util.Optional<String> eventType(List<Word> words) {
    for (Cue cue : find(words)) {
      if (!cue.deadline() && !cue.type().equals(DateClaims.BACK_REFERENCE)) {
        return java.util.Optional.of(cue.type());
      }
    }
    return java.util.Optional.empty();
  }


}
