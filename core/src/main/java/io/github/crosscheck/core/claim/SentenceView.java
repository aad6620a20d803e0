package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.nlp.Sentence;
import io.github.crosscheck.core.nlp.TaggedToken;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.text.TextSpan;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One sentence as the claim finders see it: its words, entity mentions, expressions and cues, and
 * its part-of-speech tags, computed on first use and then kept (a sentence with many dates would
 * otherwise be tagged once per date).
 */
record SentenceView(
    String text,
    Sentence sentence,
    ImmutableList<Word> words,
    ImmutableList<Mention> mentions,
    ImmutableList<Expression> expressions,
    ImmutableList<Cue> cues,
    Supplier<ImmutableList<TaggedToken>> tags) {

  TextSpan span() {
    return sentence.span();
  }

  /** The first word index at or after the offset (words.size() when none). */
  int wordAt(int offset) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().end() > offset) {
        return i;
      }
    }
    return words.size();
  }

  /** The index after the last word that ends at or before the offset. */
  int wordEndingBy(int offset) {
    int index = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().start() < offset) {
        index = i + 1;
      }
    }
    return index;
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
    return new TextSpan(words.get(from).span().start(), words.get(to - 1).span().end());
  }

  /** The entities mentioned inside the span. */
  Set<Entity> entitiesWithin(TextSpan span) {
    Set<Entity> found = new TreeSet<>();
    for (Mention m : mentions) {
      if (span.contains(m.span())) {
        found.add(m.entity());
      }
    }
    return found;
  }

  /** The people mentioned anywhere in the sentence. */
  Set<Entity> people() {
    Set<Entity> found = new TreeSet<>();
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.PERSON) {
        found.add(m.entity());
      }
    }
    return found;
  }

  /** Expressions of the sentence other than the given ones. */
  List<Expression> others(Set<Expression> used) {
    return expressions.stream().filter(e -> !used.contains(e)).toList();
  }
}
