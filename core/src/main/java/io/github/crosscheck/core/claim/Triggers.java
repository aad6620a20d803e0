package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * The cheap first pass: whether a sentence can hold a claim at all. Most sentences of an article
 * hold none, and only those that contain a digit, a currency sign, a calendar or number word, or
 * a recency word are normalized.
 */
final class Triggers {
  private static final ImmutableSet<String> WORDS = ImmutableSet.copyOf(Lexicon.lines("trigger-words.txt"));

  private Triggers() {}

  static boolean mayHoldClaim(String text, List<Word> words) {
    for (Word word : words) {
      String w = word.text();
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      if (WORDS.contains(word.lower())) {
        return true;
      }
    }
    return false;
  }
}
