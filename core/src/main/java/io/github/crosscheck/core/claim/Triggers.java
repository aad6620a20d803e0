package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.text.WordSet;
import java.util.List;

/**
 * The cheap first pass: whether a sentence can hold a claim at all. Most sentences of an article
 * hold none, and only those that contain a digit, a currency sign, a calendar or number word, or
 * a recency word are normalized.
 */
final class Triggers {
  private static final WordSet WORDS = WordSet.of(Lexicon.lines("trigger-words.txt"));

  private Triggers() {}

  static boolean mayHoldClaim(String text, List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (word.hasDigit() || word.in(WORDS)) {
        return true;
      }
    }
    return false;
  }
}
