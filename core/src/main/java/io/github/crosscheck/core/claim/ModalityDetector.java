package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.text.Literals;
import io.github.crosscheck.core.text.ReusedMatcher;
import io.github.crosscheck.core.text.TextSpan;
import io.github.crosscheck.core.text.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides how firmly a sentence states a claim. A quotation wins; then a negation or a threat or a
 * plan in the claim's own clause; then a hedge or an attribution anywhere before the claim's end
 * ("reportedly", "according to", "officials said"). Cue lists are word patterns compiled once.
 * Mutable (it remembers the sentence last examined and reuses its matchers): one per extraction.
 */
final class ModalityDetector {
  static final Pattern NEGATION = Pattern.compile(
      "\\b(?:not|n[’']t|never|no longer|denied|denies|deny)\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern THREAT = Pattern.compile(
      "\\b(?:threaten(?:s|ed|ing)?|threat(?:s)? (?:of|to)|vow(?:s|ed)? to impose|warn(?:s|ed)? (?:of|it would))\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern PLAN = Pattern.compile(
      "\\b(?:will|shall|plans? to|planned|planning|is set to|are set to|was set to|expected to|expects? to"
          + "|scheduled|intends? to|upcoming|to be held|would|aims? to|hopes? to|proposed|could)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * Pieces every match of each pattern holds, looked for once per sentence so that a sentence
   * without any skips its pattern for all its claims (a test pins that every match holds one).
   */
  static final Literals NEGATION_PIECES = Literals.ignoringCase("not", "n't", "n’t", "never", "no longer", "denie",
      "deny");
  static final Literals THREAT_PIECES = Literals.ignoringCase("threat", "vow", "warn");
  static final Literals PLAN_PIECES = Literals.ignoringCase("will", "shall", "plan", "set to", "expect", "scheduled",
      "intend", "upcoming", "to be held", "would", "aim", "hope", "proposed", "could");
  /** The verbs both speaker patterns need, as written. */
  static final Literals SPEAKER_VERBS = Literals.of("said", "says", "wrote", "writes", "added", "told");
  /** The hedges that report a claim even inside its own phrase ("reportedly signed on Friday"). */
  private static final ImmutableSet<String> HEDGES_WITHIN = ImmutableSet.of(
      "reportedly", "allegedly", "purportedly", "according to");
  /** Hedges and attributions, as words: a claim is reported when one stands in its sentence outside it. */
  private static final ImmutableListMultimap<String, HedgePhrase> HEDGES = Stream.of(
          "reportedly", "according to", "allegedly", "is said to", "are said to", "was said to", "were said to",
          "is believed", "are believed", "sources said", "per a report", "claimed", "claims", "it is understood",
          "purportedly", "apparently", "said", "says", "told", "wrote", "stated", "announced", "confirmed", "reported")
      .map(HedgePhrase::of)
      .collect(ImmutableListMultimap.toImmutableListMultimap(hedge -> hedge.words().get(0), hedge -> hedge));
  /** The first words of the hedges, to pass over the other words without copying them. */
  private static final WordSet HEDGE_STARTS = WordSet.of(HEDGES.keySet());
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–]|,\\s+(?:but|while|although|though|and)\\b");
  static final Pattern SPEAKER_AFTER = Pattern.compile(
      "[”\"],?\\s+(?:said|says|wrote|writes|added|told)\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s?){1,4})");
  static final Pattern SPEAKER_BEFORE = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}.’'-]*\\s?){1,4})\\s*(?:said|says|wrote|writes|added|told)\\b");

  /**
   * One matcher per pattern and thread, reset for each use: a new matcher per claim, or per document,
   * would allocate its state arrays again every time. Every use below resets its matcher and is done
   * with it before another can run.
   */
  private static final ReusedMatcher NEGATION_AT = new ReusedMatcher(NEGATION);
  private static final ReusedMatcher THREAT_AT = new ReusedMatcher(THREAT);
  private static final ReusedMatcher PLAN_AT = new ReusedMatcher(PLAN);
  private static final ReusedMatcher CLAUSE_BREAK_AT = new ReusedMatcher(CLAUSE_BREAK);
  private static final ReusedMatcher SPEAKER_AFTER_AT = new ReusedMatcher(SPEAKER_AFTER);
  private static final ReusedMatcher SPEAKER_BEFORE_AT = new ReusedMatcher(SPEAKER_BEFORE);

  /** The sentence last examined: where its clause breaks end, where its hedges lie, and its speaker. */
  private TextSpan sentence;
  /** Where the sentence's clause breaks end: the first {@code breakCount} entries. */
  private int[] breakEnds = new int[8];
  private int breakCount;
  private final List<Hedge> hedges = new ArrayList<>();
  private Optional<String> speaker;
  /** Whether the sentence holds a piece of each pattern, so that a claim's clause may match it. */
  private boolean mayNegate;
  private boolean mayThreaten;
  private boolean mayPlan;
  /** The sentence's quoted and reported attributions (they name its speaker), made on first use. */
  private Attribution quoted;
  private Attribution reported;

  /** The attribution of the claim at {@code claim} inside the sentence. */
  Attribution detect(SentenceView view, TextSpan claim, QuoteRegions quotes) {
    examine(view);
    String text = view.text();
    if (quotes.quotes(claim)) {
      quoted = quoted == null ? new Attribution(Modality.QUOTED, speaker(view)) : quoted;
      return quoted;
    }
    TextSpan clause = clause(claim);
    // The words before the claim and the claim itself, matched in place: a region with opaque
    // bounds reads exactly like the substring would.
    int from = Math.max(clause.start(), wordsBefore(text, claim.start(), 4));
    if (mayNegate && NEGATION_AT.on(text, from, claim.end()).find()) {
      return Attribution.of(Modality.NEGATED);
    }
    if (mayThreaten && THREAT_AT.on(text, from, claim.end()).find()) {
      return Attribution.of(Modality.THREATENED);
    }
    if (mayPlan && PLAN_AT.on(text, from, claim.end()).find()) {
      return Attribution.of(Modality.PLANNED);
    }
    for (int k = 0; k < hedges.size(); k++) {
      Hedge h = hedges.get(k);
      if (!h.span().overlaps(claim) || claim.contains(h.span()) && h.phrase().reportsWithin()) {
        reported = reported == null ? new Attribution(Modality.REPORTED, speaker(view)) : reported;
        return reported;
      }
    }
    return Attribution.asserted();
  }

  /**
   * Finds the sentence's clause breaks and hedges once: a sentence holds several claims, and a
   * sentence of hostile length must not be scanned once per claim.
   */
  private void examine(SentenceView view) {
    if (view.span().equals(sentence)) {
      return;
    }
    sentence = view.span();
    speaker = null;
    quoted = null;
    reported = null;
    mayNegate = NEGATION_PIECES.anyIn(view.text(), sentence.start(), sentence.end());
    mayThreaten = THREAT_PIECES.anyIn(view.text(), sentence.start(), sentence.end());
    mayPlan = PLAN_PIECES.anyIn(view.text(), sentence.start(), sentence.end());
    breakCount = 0;
    Matcher breaks = CLAUSE_BREAK_AT.on(view.text(), sentence.start(), sentence.end());
    while (breaks.find()) {
      if (breakCount == breakEnds.length) {
        breakEnds = Arrays.copyOf(breakEnds, 2 * breakCount);
      }
      breakEnds[breakCount++] = breaks.end();
    }
    hedges.clear();
    List<Word> words = view.words();
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).in(HEDGE_STARTS)) {
        continue;
      }
      ImmutableList<HedgePhrase> phrases = HEDGES.get(words.get(i).lower());
      for (int p = 0; p < phrases.size(); p++) {
        HedgePhrase phrase = phrases.get(p);
        if (Words.continuePhrase(words, i, phrase.words())) {
          hedges.add(new Hedge(phrase, new TextSpan(words.get(i).start(), words.get(i + phrase.words().size() - 1).end())));
        }
      }
    }
  }

  /** A hedge as words, and whether it reports a claim even inside the claim's own phrase. */
  private record HedgePhrase(ImmutableList<String> words, boolean reportsWithin) {
    static HedgePhrase of(String phrase) {
      return new HedgePhrase(ImmutableList.copyOf(phrase.split(" ")), HEDGES_WITHIN.contains(phrase));
    }
  }

  /** A hedge phrase found in the sentence, and where. */
  private record Hedge(HedgePhrase phrase, TextSpan span) {}

  /** The offset where the {@code count} words before {@code at} begin. */
  private static int wordsBefore(String text, int at, int count) {
    int i = at;
    int seen = 0;
    while (i > 0 && seen <= count) {
      i--;
      if (Character.isWhitespace(text.charAt(i)) && i + 1 < at && !Character.isWhitespace(text.charAt(i + 1))) {
        seen++;
      }
    }
    return seen > count ? i + 1 : i;
  }

  /** The clause holding the claim: from the end of the last clause break before it to the claim's end. */
  private TextSpan clause(TextSpan claim) {
    int start = sentence.start();
    for (int k = 0; k < breakCount; k++) {
      int end = breakEnds[k];
      if (end > claim.start()) {
        break;
      }
      start = end;
    }
    return new TextSpan(start, claim.end());
  }

  /** The sentence's speaker, found once per sentence. */
  private Optional<String> speaker(SentenceView view) {
    if (speaker == null) {
      speaker = speaker(view.sentenceText(), view.mentions());
    }
    return speaker;
  }

  private Optional<String> speaker(String s, List<Mention> mentions) {
    boolean verb = SPEAKER_VERBS.anyIn(s, 0, s.length()); // both patterns need one
    Matcher after = verb ? SPEAKER_AFTER_AT.on(s) : null;
    if (after != null && after.find()) {
      return resolve(after.group(1).strip(), mentions);
    }
    Matcher before = verb ? SPEAKER_BEFORE_AT.on(s) : null;
    if (before != null && before.find()) {
      return resolve(before.group(1).strip(), mentions);
    }
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.PERSON) {
        return Optional.of(m.entity().name());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> resolve(String surface, List<Mention> mentions) {
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (e.name().equals(surface) || e.surname().equals(surface) || surface.endsWith(e.surname())) {
        return Optional.of(e.name());
      }
    }
    return Optional.of(surface);
  }
}
