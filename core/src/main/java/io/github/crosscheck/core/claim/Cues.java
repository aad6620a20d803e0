package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds event and deadline cues in a sentence's words from the bundled lists {@code events.tsv} and
 * {@code deadlines.tsv}: longest phrase first, case-insensitive, whole words only.
 */
final class Cues {
  private static final ImmutableMap<String, String> EVENTS = Lexicon.map("events.tsv");
  private static final ImmutableMap<String, String> DEADLINES = Lexicon.map("deadlines.tsv");
  private static final int LONGEST = longest();

  private Cues() {}

  private static int longest() {
    int most = 1;
    for (String phrase : EVENTS.keySet()) {
      most = Math.max(most, phrase.split(" ").length);
    }
    for (String phrase : DEADLINES.keySet()) {
      most = Math.max(most, phrase.split(" ").length);
    }
    return most;
  }

  static ImmutableList<Cue> find(List<Word> words) {
    List<Cue> cues = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int length = Math.min(LONGEST, words.size() - i); length >= 1 && matched == 0; length--) {
        String phrase = phrase(words, i, length);
        String deadline = DEADLINES.get(phrase);
        String event = EVENTS.get(phrase);
        if (deadline != null) {
          cues.add(new Cue(i, i + length, deadline, true));
          matched = length;
        } else if (event != null) {
          cues.add(new Cue(i, i + length, event, false));
          matched = length;
        }
      }
      i += Math.max(matched, 1);
    }
    return ImmutableList.copyOf(cues);
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

  private static String phrase(List<Word> words, int start, int length) {
    if (length == 1) {
      return words.get(start).lower();
    }
    StringBuilder phrase = new StringBuilder(words.get(start).lower());
    for (int k = start + 1; k < start + length; k++) {
      phrase.append(' ').append(words.get(k).lower());
    }
    return phrase.toString();
  }
}
