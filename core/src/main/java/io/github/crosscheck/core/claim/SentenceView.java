package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.crosscheck.core.nlp.Sentence;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.text.TextSpan;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One sentence as the claim finders see it: its words, entity mentions, expressions and cues.
 * {@link #sentenceText} is the sentence's own text, copied on first use and then shared by every
 * finder and claim that quotes or matches it; most sentences that reach the finders make no claim
 * and are never copied. Confined to one extraction.
 */
final class SentenceView {
  private final String text;
  private final Sentence sentence;
  private final List<Word> words;
  private final ImmutableList<Mention> mentions;
  private final ImmutableList<Expression> expressions;
  private final ImmutableList<Cue> cues;
  private String sentenceText;

  SentenceView(String text, Sentence sentence, List<Word> words, ImmutableList<Mention> mentions,
      ImmutableList<Expression> expressions, ImmutableList<Cue> cues) {
    this.text = text;
    this.sentence = sentence;
    this.words = words;
    this.mentions = mentions;
    this.expressions = expressions;
    this.cues = cues;
  }

  /** The whole document text, which every span indexes. */
  String text() {
    return text;
  }

  Sentence sentence() {
    return sentence;
  }

  /** The sentence's own text. */
  String sentenceText() {
    if (sentenceText == null) {
      sentenceText = sentence.span().of(text);
    }
    return sentenceText;
  }

  /** The sentence's words; valid while the sentence is read (see {@link SentenceWords}). */
  List<Word> words() {
    return words;
  }

  ImmutableList<Mention> mentions() {
    return mentions;
  }

  ImmutableList<Expression> expressions() {
    return expressions;
  }

  ImmutableList<Cue> cues() {
    return cues;
  }

  TextSpan span() {
    return sentence.span();
  }

  /** The first word index at or after the offset (words.size() when none): the first word ending after it. */
  int wordAt(int offset) {
    return firstWord(i -> words.get(i).end() > offset);
  }

  /** The index after the last word that starts before the offset. */
  int wordEndingBy(int offset) {
    return firstWord(i -> words.get(i).start() >= offset);
  }

  /**
   * The first word index for which {@code test} holds, words.size() when none; {@code test} must be
   * false up to some index and true from there on, as it is for offsets since words are in text order.
   * A binary search: a sentence of thousands of numbers must not cost their square.
   */
  private int firstWord(IntPredicate test) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (test.test(middle)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** Whether clause punctuation (, ; : — ( ) separates the two offsets. */
  boolean clauseBreakBetween(int from, int to) {
    for (int k = Math.min(from, to); k < Math.max(from, to); k++) {
      char c = text.charAt(k);
      if (c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma separates the two offsets. */
  boolean commaBetween(int from, int to) {
    for (int k = Math.min(from, to); k < Math.max(from, to); k++) {
      if (text.charAt(k) == ',') {
        return true;
      }
    }
    return false;
  }

  /** The text span of words {@code [from, to)}. */
  TextSpan wordSpan(int from, int to) {
    return new TextSpan(words.get(from).start(), words.get(to - 1).end());
  }

  /** The entities mentioned inside the span, by name. */
  ImmutableSortedSet<Entity> entitiesWithin(TextSpan span) {
    return mentioned(span, false);
  }

  /** The people mentioned anywhere in the sentence, by name. */
  ImmutableSortedSet<Entity> people() {
    return mentioned(null, true);
  }

  /** The entities mentioned inside {@code span} (anywhere when null), only people when asked. */
  private ImmutableSortedSet<Entity> mentioned(TextSpan span, boolean peopleOnly) {
    Entity first = null; // most claims name one entity or none
    ImmutableSortedSet.Builder<Entity> found = null;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if ((span == null || span.contains(m.span())) && (!peopleOnly || m.entity().type() == EntityType.PERSON)) {
        if (first == null) {
          first = m.entity();
        } else {
          found = found == null ? ImmutableSortedSet.<Entity>naturalOrder().add(first) : found;
          found.add(m.entity());
        }
      }
    }
    return found != null ? found.build() : first != null ? ImmutableSortedSet.of(first) : ImmutableSortedSet.of();
  }

  /** Expressions of the sentence other than the given ones. */
  List<Expression> others(Set<Expression> used) {
    if (used.isEmpty()) {
      return expressions; // the usual case: nothing to filter, nothing to copy
    }
    return expressions.stream().filter(e -> !used.contains(e)).toList();
  }
}
