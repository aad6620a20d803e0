package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.text.WordSet;
import java.util.List;

/**
 * Reads the tense of the clause around an expression from word forms: auxiliaries and phrases of
 * {@code tense-cues.tsv} ("will", "is set to", "takes effect", "said", "ago"), irregular past
 * forms, and words ending in "-ed". The cue nearest the expression wins; each comma between them
 * counts as {@value #COMMA_PENALTY} words and each conjunction as {@value #CONJUNCTION_PENALTY}; a
 * future auxiliary governs the participles right after it ("will be held" is future); adverbs
 * ("next", "ago") count only when no verb cue is near. Stateless.
 */
final class Tense {
  record Cue(Direction direction, boolean aux, boolean weak) {}

  static final int COMMA_PENALTY = 8;
  /** How far from the expression cues are looked for, in tokens on each side: keeps the scan linear. */
  static final int WINDOW = 30;
  private static final int GOVERNED = 3;
  /** Coordinating and relative words start another clause more often than not. */
  static final int CONJUNCTION_PENALTY = 4;
  private static final WordSet CONJUNCTIONS = WordSet.of(ImmutableSet.of("and", "but", "while", "which", "who",
      "whereas", "although", "though", "because", "after", "before", "when"));
  private static final PhraseTable<Cue> CUES = load();
  private static final ImmutableSet<String> NOT_PAST = ImmutableSet.of(
      "need", "seed", "feed", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "kindred", "sacred",
      "wicked", "naked", "embed", "unprecedented", "limited", "based", "united", "related", "advanced", "detailed",
      "concerned", "interested", "experienced", "skilled", "dedicated", "talented", "armed", "expected",
      "scheduled", "planned", "proposed", "alleged", "biased", "aged", "red", "bed", "shed", "wed", "fled",
      "breed", "greed", "weed", "deed", "reed", "bleed", "tweed", "creed", "shred", "sled", "wired", "tired",
      "supposed", "used", "required", "needed", "renewed", "unemployed", "employed", "married", "retired");
  private static final ImmutableSet<String> DETERMINERS = ImmutableSet.of(
      "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "these", "those");

  private Tense() {}

  /** The direction of the clause around tokens {@code [start, end)}; NONE when it has no cue. */
  static Direction of(Tokens t, int start, int end) {
    int left = start;
    while (left > 0 && start - left < WINDOW && !isBoundary(t, left - 1)) {
      left--;
    }
    int right = end;
    while (right < t.size() && right - end < WINDOW && !isBoundary(t, right)) {
      right++;
    }
    Direction best = Direction.NONE;
    int bestScore = Integer.MAX_VALUE;
    Direction weakBest = Direction.NONE;
    int weakScore = Integer.MAX_VALUE;
    int governedUntil = -1;
    int presentScore = Integer.MAX_VALUE;
    int k = left;
    while (k < right) {
      if (k >= start && k < end) {
        k = end;
        continue;
      }
      var hit = CUES.longest(t, k);
      Direction found = Direction.NONE;
      boolean weak = false;
      int next = k + 1;
      if (hit.isPresent() && hit.get().end() <= right && (k >= end || hit.get().end() <= start)) {
        found = hit.get().value().direction();
        weak = hit.get().value().weak();
        next = hit.get().end();
        if (found == Direction.PAST && k < governedUntil) {
          found = Direction.NONE;
        }
        if (hit.get().value().aux()) {
          governedUntil = next + GOVERNED;
        }
      } else if (k >= governedUntil && pastParticiple(t, k, left)) {
        found = Direction.PAST;
      } else if (presentProgressive(t, k)) {
        // "is betting on the Dec. 1 runoff": the present of the nearest verb says nothing of the
        // date's direction, and it outweighs a farther past verb of another clause.
        int score = score(t, k, k + 2, start, end);
        presentScore = Math.min(presentScore, score);
        next = k + 2;
      }
      if (found != Direction.NONE) {
        int score = score(t, k, next, start, end);
        if (weak && score < weakScore) {
          weakScore = score;
          weakBest = found;
        } else if (!weak && score < bestScore) {
          bestScore = score;
          best = found;
        }
      }
      k = next;
    }
    if (presentScore < bestScore) {
      return Direction.NONE;
    }
    return best != Direction.NONE ? best : weakBest;
  }

  private static boolean presentProgressive(Tokens t, int k) {
    return (t.is(k, "is") || t.is(k, "are") || t.is(k, "am")) && t.isWord(k + 1) && t.endsWith(k + 1, "ing", 5);
  }

  private static int score(Tokens t, int cueStart, int cueEnd, int start, int end) {
    int from = cueEnd <= start ? cueEnd : end;
    int to = cueEnd <= start ? start : cueStart;
    int penalty = 0;
    for (int k = from; k < to; k++) {
      if (t.is(k, ",")) {
        penalty += COMMA_PENALTY;
      } else if (t.in(k, CONJUNCTIONS)) {
        penalty += CONJUNCTION_PENALTY;
      }
    }
    return to - from + penalty;
  }

  private static boolean pastParticiple(Tokens t, int k, int clauseStart) {
    if (!t.isWord(k) || !t.endsWith(k, "ed", 5) || NOT_PAST.contains(t.w(k))) {
      return false;
    }
    if (t.capitalized(k) && k != clauseStart) {
      return false;
    }
    return !DETERMINERS.contains(t.w(k - 1));
  }

  /** Clause ends: ; ! ? and a full stop that ends a sentence (not "Jan." or "3.5"). */
  private static boolean isBoundary(Tokens t, int k) {
    if (!t.isSymbol(k)) {
      return false; // a word or a number is no clause end, and its text need not be read
    }
    String w = t.w(k);
    if (w.equals(";") || w.equals("!") || w.equals("?")) {
      return true;
    }
    if (!w.equals(".")) {
      return false;
    }
    boolean afterWord = t.isWord(k - 1) && t.w(k - 1).length() > 3 && Lexicon.CALENDAR_WORDS.get(t.w(k - 1)) == null;
    return afterWord && (k + 1 >= t.size() || (!t.tight(k + 1) && t.capitalized(k + 1)));
  }

  private static PhraseTable<Cue> load() {
    PhraseTable.Builder<Cue> table = PhraseTable.builder();
    for (List<String> row : Resources.rows("tense-cues.tsv")) {
      table.add(row.get(0), new Cue(Direction.valueOf(row.get(1)), row.get(2).equals("aux"), row.get(2).equals("weak")));
    }
    return table.build();
  }
}
