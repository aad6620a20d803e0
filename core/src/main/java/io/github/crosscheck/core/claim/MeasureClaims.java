package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.text.TextSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns numbers, percentages and amounts of money into count, rate and money claims by finding
 * what they measure: the counted noun after a number ("170 million U.S. users", "31 dead", "23
 * people were killed"), or the nearest measured noun in the clause for a percentage or an amount
 * ("tariffs of 60 percent", "a deal valued at $4.2 billion").
 */
final class MeasureClaims {
  private static final ImmutableMap<String, String> COUNTED = Lexicon.map("counted-nouns.tsv");
  private static final ImmutableSet<String> MEASURED = Lexicon.set("measured-nouns.txt");
  private static final ImmutableSet<String> NOUN_MODIFIERS = ImmutableSet.of("other", "more", "new", "additional",
      "confirmed", "registered", "active", "monthly", "daily", "total", "more than", "million", "billion", "thousand",
      "full-time", "part-time", "american", "foreign", "local", "civilian", "military", "young", "elderly", "adult",
      "eligible", "unique", "paying", "paid", "former", "current", "estimated", "reported", "known");
  private static final ImmutableSet<String> TOLL_VERBS = ImmutableSet.of("killed", "dead", "died", "injured", "hurt",
      "wounded", "missing", "evacuated", "displaced", "hospitalized", "rescued", "arrested");
  private static final int NOUN_REACH = 4;
  private static final int MEASURE_REACH = 7;

  private MeasureClaims() {}

  static Optional<Claim> count(SentenceView view, Expression number, ExtractionContext context) {
    if (!(number.value() instanceof NumberValue value) || isArticleNumber(view, number, value)) {
      return Optional.empty();
    }
    int after = view.wordEndingBy(number.span().end());
    Optional<Integer> noun = countedNoun(view, after);
    String predicate;
    TextSpan span;
    if (noun.isPresent()) {
      predicate = predicateOf(view, noun.get());
      span = number.span().union(view.words().get(noun.get()).span());
    } else {
      Optional<String> before = tollBefore(view, view.wordAt(number.span().start()));
      if (before.isEmpty()) {
        return Optional.empty();
      }
      predicate = before.get();
      span = number.span();
    }
    return Optional.of(claim(view, ClaimKind.COUNT, predicate, span, number, context));
  }

  static Optional<Claim> rateOrMoney(SentenceView view, Expression measure, ClaimKind kind, ExtractionContext context) {
    int from = view.wordAt(measure.span().start());
    int to = Math.max(from + 1, view.wordEndingBy(measure.span().end()));
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = Math.max(0, from - MEASURE_REACH); i < Math.min(view.words().size(), to + MEASURE_REACH); i++) {
      if (i >= from && i < to || !MEASURED.contains(view.words().get(i).lower())) {
        continue;
      }
      TextSpan nounSpan = view.words().get(i).span();
      if (view.clauseBreakBetween(Math.min(nounSpan.end(), measure.span().end()), Math.max(nounSpan.start(), measure.span().start()))) {
        continue;
      }
      int distance = i < from ? from - i : (i - to + 1) * 2;
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    String predicate = best == null ? (kind == ClaimKind.RATE ? "rate" : "amount") : singular(view.words().get(best).lower());
    TextSpan span = best == null ? measure.span() : measure.span().union(view.words().get(best).span());
    return Optional.of(claim(view, kind, predicate, span, measure, context));
  }

  private static Claim claim(SentenceView view, ClaimKind kind, String predicate, TextSpan span, Expression expression,
      ExtractionContext context) {
    Set<Entity> participants = view.entitiesWithin(DateClaims.clauseAround(view, span));
    Evidence evidence = context.evidence(view, span);
    return new Claim(Claim.idOf(evidence, kind), kind, Subject.of(predicate, participants), expression.value(),
        Optional.empty(), context.attribution(view, span), evidence, context.document().published());
  }

  /** The index of the noun a number counts, skipping a few modifiers ("170 million U.S. users"). */
  private static Optional<Integer> countedNoun(SentenceView view, int after) {
    List<Word> words = view.words();
    for (int i = after; i < Math.min(words.size(), after + NOUN_REACH); i++) {
      Word word = words.get(i);
      String lower = word.lower();
      if (COUNTED.containsKey(lower)) {
        return Optional.of(i);
      }
      boolean modifier = NOUN_MODIFIERS.contains(lower) || word.isCapitalized() && isMentioned(view, word);
      if (!modifier) {
        return isPluralNoun(word) ? Optional.of(i) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String predicateOf(SentenceView view, int noun) {
    String lower = view.words().get(noun).lower();
    if (lower.equals("people") || lower.equals("persons")) {
      for (int i = noun + 1; i < Math.min(view.words().size(), noun + 4); i++) {
        String next = view.words().get(i).lower();
        if (TOLL_VERBS.contains(next)) {
          return COUNTED.getOrDefault(next, next);
        }
      }
    }
    return COUNTED.getOrDefault(lower, singular(lower));
  }

  /** "killing 23", "a death toll of 31", "the toll rose to 31": the count before the number. */
  private static Optional<String> tollBefore(SentenceView view, int numberWord) {
    for (int i = numberWord - 1; i >= Math.max(0, numberWord - 4); i--) {
      String lower = view.words().get(i).lower();
      if (lower.equals("toll")) {
        return Optional.of("deaths");
      }
      if (lower.equals("killing")) {
        return Optional.of("deaths");
      }
      if (lower.equals("injuring") || lower.equals("wounding")) {
        return Optional.of("injured");
      }
    }
    return Optional.empty();
  }

  /** "the two men", "one of the", "both": small numbers used as determiners are not counts. */
  private static boolean isArticleNumber(SentenceView view, Expression number, NumberValue value) {
    if (value.value().compareTo(BigDecimal.valueOf(2)) > 0 || Character.isDigit(number.text().charAt(0))) {
      return false;
    }
    int index = view.wordAt(number.span().start());
    return index == 0 || index > 0 && Set.of("the", "these", "those", "both", "its", "their", "his", "her")
        .contains(view.words().get(index - 1).lower()) || number.text().equalsIgnoreCase("one");
  }

  private static boolean isMentioned(SentenceView view, Word word) {
    return view.mentions().stream().anyMatch(m -> m.span().overlaps(word.span()));
  }

  private static boolean isPluralNoun(Word word) {
    String lower = word.lower();
    return !word.isCapitalized() && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
        && !lower.endsWith("us") && lower.chars().allMatch(Character::isLetter);
  }

  static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 4) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("sses") || noun.endsWith("xes") || noun.endsWith("ches") || noun.endsWith("shes")) {
      return noun.substring(0, noun.length() - 2);
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }
}
