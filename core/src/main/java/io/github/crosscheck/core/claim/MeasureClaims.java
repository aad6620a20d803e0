package io.github.crosscheck.core.claim;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
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
  private static final ImmutableMap<String, String> MEASURED = Lexicon.map("measured-nouns.tsv");
  private static final ImmutableMap<String, String> PEOPLE_VERBS = Lexicon.map("people-verbs.tsv");
  private static final ImmutableSet<String> GENERIC = ImmutableSet.of("people", "persons", "residents", "members",
      "individuals", "men", "women", "others");
  private static final ImmutableSet<String> NOUN_MODIFIERS = ImmutableSet.of("other", "more", "new", "additional",
      "confirmed", "registered", "active", "monthly", "daily", "total", "more than", "million", "billion", "thousand",
      "full-time", "part-time", "american", "foreign", "local", "civilian", "military", "young", "elderly", "adult",
      "eligible", "unique", "paying", "paid", "former", "current", "estimated", "reported", "known");
  private static final ImmutableSet<String> SUB_UNITS = Lexicon.set("sub-units.txt");
  private static final int NOUN_REACH = 4;
  private static final int MEASURE_REACH = 6;
  /** "the share of the company", "of its staff". */
  private static final Set<String> OWNER_DETERMINERS = Set.of("the", "its", "their", "his", "her");
  /** "a share", "per share", "each share". */
  private static final Set<String> PER_SHARE_WORDS = Set.of("a", "per", "each");
  /** People verbs after a number that count no event ("100 live there"). */
  private static final Set<String> NOT_COUNTED_VERBS = Set.of("live", "lives", "living", "vote", "attend", "employ");
  /** Words that may stand between a number and its people verb. */
  private static final Set<String> BEFORE_PEOPLE_VERBS = Set.of("were", "was", "are", "have", "had", "been",
      "still", "reported", "confirmed");
  /** Words before a number of deaths. */
  private static final Set<String> KILLING_WORDS = Set.of("killing", "kills", "killed", "kill");
  /** Words before a number of injured. */
  private static final Set<String> INJURING_WORDS = Set.of("injuring", "wounding", "injures", "injured");
  /** "rose to 12", "stands at 12". */
  private static final Set<String> TO_AT = Set.of("to", "at");
  /** "one in five", "two of three". */
  private static final Set<String> RATIO_WORDS = Set.of("in", "of");
  /** Spelled numbers of a ratio. */
  private static final Set<String> SMALL_NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten");
  /** "its share", "their part". */
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "his", "her", "our");
  /** "the two men", "both", "their three children". */
  private static final Set<String> DETERMINERS_BEFORE_NUMBER = Set.of("the", "these", "those", "both", "its",
      "their", "his", "her");

  private MeasureClaims() {}

  static Optional<Claim> count(SentenceView view, Expression number, ExtractionContext context) {
    if (!(number.value() instanceof NumberValue value) || isArticleNumber(view, number, value) || isYear(number)
        || isRatio(view, number)) {
      return Optional.empty();
    }
    int after = view.wordEndingBy(number.span().end());
    Optional<Integer> noun = countedNoun(view, after);
    String predicate;
    TextSpan span;
    if (noun.isPresent()) {
      predicate = predicateOf(view, noun.get(), number);
      span = number.span().union(view.words().get(noun.get()).span());
    } else if (verbAfter(view, after).isPresent()) {
      predicate = verbAfter(view, after).get();
      span = number.span();
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
    Optional<Integer> noun = attachedNoun(view, to).or(() -> nearestMeasuredNoun(view, measure, from, to));
    String predicate;
    TextSpan span = measure.span();
    if (kind == ClaimKind.MONEY && perShare(view, to)) {
      predicate = "share price";
    } else if (noun.isPresent()) {
      predicate = MEASURED.get(view.words().get(noun.get()).lower());
      span = span.union(view.words().get(noun.get()).span());
    } else {
      predicate = unspecified(kind, measure);
    }
    return Optional.of(claim(view, kind, predicate, span, measure, context));
  }

  /** "a 60 percent tariff", "52 percent of the vote": the noun right after the figure, when it is a measured one. */
  private static Optional<Integer> attachedNoun(SentenceView view, int after) {
    List<Word> words = view.words();
    int i = after;
    if (i < words.size() && words.get(i).lower().equals("of")) {
      i++;
      if (i < words.size() && OWNER_DETERMINERS.contains(words.get(i).lower())) {
        i++;
      }
      if (i + 1 < words.size() && !MEASURED.containsKey(words.get(i).lower())
          && MEASURED.containsKey(words.get(i + 1).lower())) {
        i++; // one adjective: "of new debt"
      }
    }
    return i < words.size() && MEASURED.containsKey(words.get(i).lower()) ? Optional.of(i) : Optional.empty();
  }

  /** The nearest measured noun before the figure in its clause, not across a comma ("turnout was about 60 percent"). */
  private static Optional<Integer> nearestMeasuredNoun(SentenceView view, Expression measure, int from, int to) {
    for (int i = from - 1; i >= Math.max(0, from - MEASURE_REACH); i--) {
      TextSpan noun = view.words().get(i).span();
      if (view.clauseBreakBetween(noun.end(), measure.span().start())
          || view.commaBetween(noun.end(), measure.span().start())) {
        return Optional.empty();
      }
      if (MEASURED.containsKey(view.words().get(i).lower())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** "€41.50 a share", "per share", "for each Veltmann share". */
  private static boolean perShare(SentenceView view, int after) {
    List<Word> words = view.words();
    for (int i = after; i < Math.min(words.size(), after + 5); i++) {
      String lower = words.get(i).lower();
      if (lower.equals("share") || lower.equals("shares")) {
        return i > after && PER_SHARE_WORDS.contains(words.get(i - 1).lower())
            || i > after + 1 && words.get(i - 2).lower().equals("each");
      }
    }
    return false;
  }

  /**
   * A figure whose subject the sentence does not name is still a claim, but one no rule compares:
   * its predicate is unique to it.
   */
  private static String unspecified(ClaimKind kind, Expression expression) {
    return kind.id() + " (unspecified @" + expression.span().start() + ")";
  }

  private static Claim claim(SentenceView view, ClaimKind kind, String predicate, TextSpan span, Expression expression,
      ExtractionContext context) {
    TextSpan clause = DateClaims.clauseAround(view, span);
    Set<Entity> participants = kind == ClaimKind.COUNT ? notPeople(view.entitiesWithin(clause))
        : holder(view, clause, expression.span()).map(Set::of).orElseGet(() -> view.entitiesWithin(clause));
    Evidence evidence = context.evidence(view, span);
    Subject subject = new Subject(predicate, ImmutableSortedSet.copyOf(participants),
        partOf(view, clause, span));
    return new Claim(Claim.idOf(evidence, kind), kind, subject, expression.value(),
        Optional.empty(), context.attribution(view, span), evidence, context.document().published());
  }

  /** A count is of a place's or an event's casualties, users, jobs: the people in its clause are sources, not subjects. */
  private static Set<Entity> notPeople(Set<Entity> entities) {
    return ImmutableSortedSet.copyOf(Collections2.filter(entities, e -> e.type() != EntityType.PERSON));
  }

  /**
   * Whose figure it is when the clause names several people or organizations ("Malek won 38.3
   * percent and Horvat 33.9 percent"): the one named last before the figure.
   */
  private static Optional<Entity> holder(SentenceView view, TextSpan clause, TextSpan figure) {
    Entity first = null;
    boolean several = false;
    Entity last = null;
    List<Mention> mentions = view.mentions();
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      EntityType type = m.entity().type();
      if (!clause.contains(m.span()) || (type != EntityType.PERSON && type != EntityType.ORGANIZATION)) {
        continue;
      }
      if (first == null) {
        first = m.entity();
      } else if (!first.equals(m.entity())) {
        several = true;
      }
      if (m.span().end() <= figure.start()) {
        last = m.entity();
      }
    }
    return several ? Optional.ofNullable(last) : Optional.empty();
  }

  /**
   * The part of an organization or place a figure is limited to ("Veltmann's Asian business employs
   * about 900 people"): a sub-unit noun before the figure in its clause, with the word before it.
   * Figures of different parts are different subjects.
   */
  private static String partOf(SentenceView view, TextSpan clause, TextSpan figure) {
    List<Word> words = view.words();
    for (int i = view.wordAt(figure.start()) - 1; i >= 0 && words.get(i).start() >= clause.start(); i--) {
      if (SUB_UNITS.contains(words.get(i).lower()) && ownedPart(view, i)) {
        return (i > 0 ? words.get(i - 1).lower() + " " : "") + words.get(i).lower();
      }
    }
    return "";
  }

  /** The index of the noun a number counts, skipping a few modifiers ("170 million U.S. users"). */
  private static Optional<Integer> countedNoun(SentenceView view, int after) {
    List<Word> words = view.words();
    for (int i = after; i < Math.min(words.size(), after + NOUN_REACH); i++) {
      Word word = words.get(i);
      if (i > 0 && (view.commaBetween(words.get(i - 1).end(), word.start())
          || view.clauseBreakBetween(words.get(i - 1).end(), word.start()))) {
        return Optional.empty();
      }
      String lower = word.lower();
      if (COUNTED.containsKey(lower)) {
        return Optional.of(i);
      }
      boolean modifier = NOUN_MODIFIERS.contains(lower) || word.isCapitalized() && isMentioned(view, word);
      if (!modifier && isPluralNoun(word)) {
        return Optional.of(i);
      }
      // "three farming villages": a lowercase modifier before the counted noun
      if (!modifier && (word.isCapitalized() || !lower.chars().allMatch(Character::isLetter) || i > after + 1
          || Lexicon.FUNCTION.contains(lower))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String predicateOf(SentenceView view, int noun, Expression number) {
    String lower = view.words().get(noun).lower();
    if (GENERIC.contains(lower)) {
      int numberWord = view.wordAt(number.span().start());
      for (int i = Math.max(0, numberWord - 3); i < Math.min(view.words().size(), noun + 4); i++) {
        String verb = PEOPLE_VERBS.get(view.words().get(i).lower());
        if (verb != null && (i < numberWord || i > noun)) {
          return verb;
        }
      }
      return unspecified(ClaimKind.COUNT, number);
    }
    return COUNTED.getOrDefault(lower, singular(lower));
  }

  /** "29 were still missing", "23 died": a toll verb right after a bare number. */
  private static Optional<String> verbAfter(SentenceView view, int after) {
    for (int i = after; i < Math.min(view.words().size(), after + 3); i++) {
      String lower = view.words().get(i).lower();
      String verb = PEOPLE_VERBS.get(lower);
      if (verb != null && !NOT_COUNTED_VERBS.contains(lower)) {
        return Optional.of(verb);
      }
      if (!BEFORE_PEOPLE_VERBS.contains(lower)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "kills at least 8", "a death toll of 31", "the number of people killed … has climbed to 23": the
   * count is named before the number — by a toll verb right before it, or, after "rose to" and the
   * like, by the nearest counted word earlier in the clause.
   */
  private static Optional<String> tollBefore(SentenceView view, int numberWord) {
    for (int i = numberWord - 1; i >= Math.max(0, numberWord - 4); i--) {
      String lower = view.words().get(i).lower();
      if (lower.equals("toll")) {
        return Optional.of("deaths");
      }
      if (KILLING_WORDS.contains(lower)) {
        return Optional.of("deaths");
      }
      if (INJURING_WORDS.contains(lower)) {
        return Optional.of("injured");
      }
    }
    if (numberWord >= 2 && TO_AT.contains(view.words().get(numberWord - 1).lower())
        && CHANGE_VERBS.contains(view.words().get(numberWord - 2).lower())) {
      TextSpan clause = DateClaims.clauseAround(view, view.words().get(numberWord).span());
      for (int i = numberWord - 3; i >= Math.max(0, numberWord - 16); i--) {
        Word word = view.words().get(i);
        if (word.start() < clause.start()) {
          break;
        }
        String lower = word.lower();
        if (lower.equals("toll")) {
          return Optional.of("deaths");
        }
        if (COUNTED.containsKey(lower) && !GENERIC.contains(lower)) {
          return Optional.of(COUNTED.get(lower));
        }
      }
    }
    return Optional.empty();
  }

  private static final ImmutableSet<String> CHANGE_VERBS = ImmutableSet.of("rose", "risen", "rises", "rise",
      "climbed", "climbs", "climb", "jumped", "jumps", "reached", "reaches", "stands", "stood", "increased",
      "increases", "grew", "grows", "fell", "falls", "dropped", "drops", "revised", "raised", "lowered");

  /** "the two men", "one of the", "both": small numbers used as determiners are not counts. */
  /** "the 2026 midterms": a four-digit year used as a modifier, not a count (counts that size carry a comma). */
  private static boolean isYear(Expression number) {
    String text = number.text();
    // 1800-2199, tested by hand: a regex matcher per number would be most of what this check allocates.
    if (text.length() != 4 || !isAsciiDigit(text.charAt(2)) || !isAsciiDigit(text.charAt(3))) {
      return false;
    }
    char century = text.charAt(0);
    char decade = text.charAt(1);
    return century == '1' && (decade == '8' || decade == '9') || century == '2' && (decade == '0' || decade == '1');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "two in five supporters", "one out of three": a proportion, not a count. */
  private static boolean isRatio(SentenceView view, Expression number) {
    int at = view.wordAt(number.span().start());
    List<Word> words = view.words();
    boolean ratioAfter = at + 2 < words.size() && RATIO_WORDS.contains(words.get(at + 1).lower())
        && isNumberWord(words.get(at + 2));
    boolean ratioBefore = at >= 2 && RATIO_WORDS.contains(words.get(at - 1).lower())
        && isNumberWord(words.get(at - 2));
    return ratioAfter || ratioBefore;
  }

  private static boolean isNumberWord(Word word) {
    return Character.isDigit(word.text().charAt(0)) || SMALL_NUMBER_WORDS.contains(word.lower());
  }

  /** "its Asian business", "Veltmann's plant": a part only when something owns it. */
  private static boolean ownedPart(SentenceView view, int unit) {
    for (int i = unit - 1; i >= Math.max(0, unit - 3); i--) {
      Word word = view.words().get(i);
      if (word.possessive() || POSSESSIVE_DETERMINERS.contains(word.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArticleNumber(SentenceView view, Expression number, NumberValue value) {
    if (value.value().compareTo(BigDecimal.valueOf(2)) > 0 || Character.isDigit(number.text().charAt(0))) {
      return false;
    }
    int index = view.wordAt(number.span().start());
    return index == 0 || index > 0 && DETERMINERS_BEFORE_NUMBER
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
    if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is")
        && noun.length() > 3) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }
}
