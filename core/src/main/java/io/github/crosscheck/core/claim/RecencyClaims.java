package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.DurationValue;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.ExpressionKind;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.text.TextSpan;
import io.github.crosscheck.core.text.WordSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds recency and contact claims: "the first call in four years", "their first direct exchange
 * since he left office in 2021", "the leaders' first in three months", "last spoke in March", "had
 * been communicating with Xi since he won the election". The event is named between the ordinal and
 * "in"/"since", or elsewhere in the sentence, or is the one the document dated last; the occasion
 * (the date of the occurrence the claim is about) is a date of the same sentence or the last date
 * the document gave that event.
 */
final class RecencyClaims {
  private static final ImmutableMap<String, Integer> ORDINALS = ImmutableMap.<String, Integer>builder()
      .put("first", 1).put("1st", 1).put("second", 2).put("2nd", 2).put("third", 3).put("3rd", 3)
      .put("fourth", 4).put("4th", 4).put("fifth", 5).put("5th", 5).build();
  /**
   * Superlatives that make a record claim ("the largest fire since 2012", "the worst flooding in a
   * decade"): nothing as large since then. Synonyms share the name the subject carries.
   */
  private static final ImmutableMap<String, String> SUPERLATIVES = ImmutableMap.<String, String>builder()
      .put("largest", "largest").put("biggest", "largest").put("highest", "highest").put("lowest", "lowest")
      .put("worst", "worst").put("deadliest", "deadliest").put("strongest", "strongest").put("weakest", "weakest")
      .put("best", "best").put("hottest", "hottest").put("coldest", "coldest").put("wettest", "wettest")
      .put("driest", "driest").put("costliest", "costliest").put("smallest", "smallest").build();
  /** The words that can open a recency claim, to pass over the others without copying them. */
  private static final WordSet OPENERS = WordSet.of(ImmutableSet.<String>builder()
      .addAll(ORDINALS.keySet()).addAll(SUPERLATIVES.keySet()).add("last").build());
  private static final int PHRASE_REACH = 8;
  /** Subjects that stand before "had been communicating … since" without naming anyone. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Pattern CONTACT = Pattern.compile(
      "\\b(?:had|has|have)\\s+been\\s+(?:communicating|in\\s+contact|in\\s+touch|talking|speaking|in\\s+communication)\\b",
      Pattern.CASE_INSENSITIVE);

  private RecencyClaims() {}

  /** Adds the recency and contact claims of a sentence to {@code claims}; the expressions they consume go to {@code used}. */
  static void find(SentenceView view, ExtractionContext context, Set<Expression> used, List<Claim> claims) {
    List<Word> words = view.words();
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).in(OPENERS)) {
        continue;
      }
      Integer ordinal = ORDINALS.get(words.get(i).lower());
      if (ordinal != null) {
        recency(view, i, ordinal, Optional.empty(), context, used).ifPresent(claims::add);
      } else if (SUPERLATIVES.containsKey(words.get(i).lower())) {
        recency(view, i, 1, Optional.of(SUPERLATIVES.get(words.get(i).lower())), context, used).ifPresent(claims::add);
      } else if (words.get(i).lower().equals("last") && i + 1 < words.size()) {
        lastTime(view, i, context, used).ifPresent(claims::add);
      }
    }
    if (hasWord(words, "been")) { // CONTACT needs the word: most sentences are not matched at all
      Matcher contact = CONTACT.matcher(view.sentenceText());
      if (contact.find()) {
        contact(view, view.span().start() + contact.start(), context, used).ifPresent(claims::add);
      }
    }
  }

  private static boolean hasWord(List<Word> words, String word) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).is(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "first … in four years", "first … since 2021"; with a {@code record} ("largest"), a superlative
   * claim, whose subject is the record it sets ("incident (largest)") rather than the event itself.
   */
  private static Optional<Claim> recency(SentenceView view, int ordinalWord, int ordinal, Optional<String> record,
      ExtractionContext context, Set<Expression> used) {
    List<Word> words = view.words();
    for (int k = ordinalWord + 1; k < Math.min(words.size(), ordinalWord + PHRASE_REACH); k++) {
      String lower = words.get(k).lower();
      if (lower.equals("in") || lower.equals("for")) {
        Optional<Expression> gap = expressionStartingAfter(view, words.get(k), ExpressionKind.DURATION);
        Optional<String> type = gap.isPresent() ? subjectType(view, ordinalWord, k, record, context) : Optional.empty();
        if (type.isPresent() && gap.get().value() instanceof DurationValue duration) {
          used.add(gap.get());
          TextSpan span = phraseStart(view, ordinalWord).union(gap.get().span());
          Recency recency = new Recency(ordinal, Optional.of(duration), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty());
          return Optional.of(build(view, ClaimKind.RECENCY, span, type.get(), duration, recency, context, used));
        }
      } else if (lower.equals("since")) {
        Optional<String> type = subjectType(view, ordinalWord, k, record, context);
        return type.isEmpty() ? Optional.empty()
            : since(view, ordinalWord, k, ordinal, ClaimKind.RECENCY, type.get(), context, used);
      }
      if (view.clauseBreakBetween(words.get(ordinalWord).end(), words.get(k).start())) {
        break;
      }
    }
    return Optional.empty();
  }

  /** "last spoke in March", "last met on Jan. 4": the previous occurrence's date, given directly. */
  private static Optional<Claim> lastTime(SentenceView view, int lastWord, ExtractionContext context,
      Set<Expression> used) {
    List<Word> next = view.words().subList(lastWord + 1, Math.min(view.words().size(), lastWord + 3));
    Optional<String> type = Cues.eventType(next);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    for (Expression e : view.expressions()) {
      if (e.kind() == ExpressionKind.DATE && e.span().start() > view.words().get(lastWord).end()
          && view.wordAt(e.span().start()) <= lastWord + 5) {
        used.add(e);
        TextSpan span = view.words().get(lastWord).span().union(e.span());
        Recency recency = new Recency(1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(e.value()),
            Optional.empty());
        return Optional.of(build(view, ClaimKind.RECENCY, span, type.get(), e.value(), recency, context, used));
      }
    }
    return Optional.empty();
  }

  private static Optional<Claim> contact(SentenceView view, int start, ExtractionContext context, Set<Expression> used) {
    int from = view.wordAt(start);
    for (int k = from; k < view.words().size(); k++) {
      if (view.words().get(k).lower().equals("since")) {
        int subject = from > 0 && PRONOUNS.contains(view.words().get(from - 1).lower()) ? from - 1 : from;
        return since(view, subject, k, 1, ClaimKind.CONTACT, "contact", context, used);
      }
    }
    return Optional.empty();
  }

  /** A since-anchor: the rest of the clause after "since", dated when it holds a date. */
  private static Optional<Claim> since(SentenceView view, int phraseWord, int sinceWord, int ordinal, ClaimKind kind,
      String type, ExtractionContext context, Set<Expression> used) {
    List<Word> words = view.words();
    int end = sinceWord + 1;
    while (end < words.size()
        && !view.clauseBreakBetween(words.get(end - 1).end(), words.get(end).start())
        && !view.commaBetween(words.get(end - 1).end(), words.get(end).start())) {
      end++;
    }
    if (end == sinceWord + 1) {
      return Optional.empty();
    }
    TextSpan anchor = view.wordSpan(sinceWord + 1, end);
    Optional<Expression> date = view.expressions().stream()
        .filter(e -> e.kind() == ExpressionKind.DATE && anchor.overlaps(e.span())
            && e.span().end() <= anchor.end()).findFirst();
    date.ifPresent(used::add);
    Optional<String> anchorEvent = Cues.eventType(words.subList(sinceWord + 1, end));
    NormalizedValue value = date.map(Expression::value).orElseGet(() -> Anchors.undated(anchor, anchor.of(view.text())));
    Recency recency = new Recency(ordinal, Optional.empty(), Optional.of(value), anchorEvent, Optional.empty(),
        Optional.empty());
    TextSpan span = phraseStart(view, phraseWord).union(anchor);
    return Optional.of(build(view, kind, span, type, value, recency, context, used));
  }

  private static Claim build(SentenceView view, ClaimKind kind, TextSpan span, String eventType, NormalizedValue value,
      Recency recency, ExtractionContext context, Set<Expression> used) {
    Optional<NormalizedValue> occasion = occasion(view, span, used).or(() -> context.lastDate(eventType));
    Set<Entity> participants = kind == ClaimKind.CONTACT ? view.people()
        : context.participants(eventType, view.people());
    Evidence evidence = context.evidence(view, span);
    return new Claim(Claim.idOf(evidence, kind), kind, Subject.of(eventType, participants), value,
        Optional.of(recency.withOccasion(occasion)), context.attribution(view, span), evidence,
        context.document().published());
  }

  /** A date of the sentence outside the recency phrase: the occasion the claim is about. */
  private static Optional<NormalizedValue> occasion(SentenceView view, TextSpan phrase, Set<Expression> used) {
    return view.expressions().stream()
        .filter(e -> e.kind() == ExpressionKind.DATE && !phrase.overlaps(e.span()) && !used.contains(e))
        .map(Expression::value).findFirst();
  }

  /**
   * What a recency phrase is about. An ordinal's event is {@link #eventType}. A superlative's
   * record is the event named inside the phrase, else the noun right after the superlative
   * ("highest level"), else an event of the sentence or the one dated last, qualified by the
   * superlative; with none of these the superlative is no claim.
   */
  private static Optional<String> subjectType(SentenceView view, int from, int to, Optional<String> record,
      ExtractionContext context) {
    if (record.isEmpty()) {
      return Optional.of(eventType(view, from, to, context));
    }
    Optional<String> type = Cues.eventType(view.words().subList(from, to));
    if (type.isEmpty()) {
      Word next = view.words().get(from + 1);
      if (Lexicon.FUNCTION.contains(next.lower()) || next.lower().equals("ever")) {
        type = sentenceEvent(view).or(context::lastEventType);
      } else if (!next.isCapitalized() && next.text().chars().allMatch(Character::isLetter)) {
        type = Optional.of(MeasureClaims.singular(next.lower()));
      }
    }
    return type.map(t -> t + " (" + record.get() + ")");
  }

  /** An event the sentence names, other than a statement or a back reference. */
  private static Optional<String> sentenceEvent(SentenceView view) {
    return view.cues().stream().filter(c -> !c.deadline() && !c.type().equals("statement")
            && !c.type().equals(DateClaims.BACK_REFERENCE))
        .map(Cue::type).findFirst();
  }

  /** The event the phrase is about: named inside it, else in the sentence, else the last one dated. */
  private static String eventType(SentenceView view, int from, int to, ExtractionContext context) {
    return Cues.eventType(view.words().subList(from, to))
        .or(() -> sentenceEvent(view))
        .or(context::lastEventType)
        .orElse("event");
  }

  /** The phrase begins at a determiner or possessive before the ordinal ("their first", "the leaders' first"). */
  private static TextSpan phraseStart(SentenceView view, int ordinalWord) {
    Word ordinal = view.words().get(ordinalWord);
    if (ordinalWord > 0) {
      Word before = view.words().get(ordinalWord - 1);
      String lower = before.lower();
      boolean determiner = lower.equals("the") || lower.equals("their") || lower.equals("its") || lower.equals("his")
          || lower.equals("her") || before.possessive() || isPluralPossessive(view, before);
      if (determiner && !view.commaBetween(before.end(), ordinal.start())) {
        return before.span().union(ordinal.span());
      }
    }
    return ordinal.span();
  }

  private static boolean isPluralPossessive(SentenceView view, Word word) {
    int after = word.end();
    return word.lower().endsWith("s") && after < view.text().length()
        && (view.text().charAt(after) == '’' || view.text().charAt(after) == '\'');
  }

  private static Optional<Expression> expressionStartingAfter(SentenceView view, Word word, ExpressionKind kind) {
    return view.expressions().stream()
        .filter(e -> e.kind() == kind && e.span().start() > word.start()
            && e.span().start() <= word.end() + 2)
        .findFirst();
  }
}
