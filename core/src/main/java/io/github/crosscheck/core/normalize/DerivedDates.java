package io.github.crosscheck.core.normalize;

import io.github.crosscheck.core.normalize.Offsets.Units;
import io.github.crosscheck.core.text.TextSpan;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Dates stated as an offset from an event: "three days before Monday's inauguration", "two days
 * after the vote", "a week after the January 20 inauguration". The anchor phrase is the event's
 * name (a possessive date and up to {@value #MAX_NOUN_WORDS} words, or "the" and its words); its
 * date is resolved when the phrase contains one. Stateless.
 */
final class DerivedDates {
  static final int MAX_NOUN_WORDS = 3;

  private DerivedDates() {}

  static Optional<Candidate> parse(Tokens t, int i) {
    Optional<Units> units = Offsets.units(t, i, false).filter(u -> !u.length().clockOnly());
    if (units.isEmpty()) {
      return Optional.empty();
    }
    int k = units.get().end();
    if (!(t.is(k, "before") || t.is(k, "after"))) {
      return Optional.empty();
    }
    int sign = t.is(k, "before") ? -1 : 1;
    Period offset = units.get().length().period().plusDays(units.get().length().time().toDays());
    Period signed = sign < 0 ? offset.negated() : offset;
    int a = k + 1;
    boolean article = t.is(a, "the");
    Optional<DateParse> date = DateParser.core(t, article ? a + 1 : a);
    int nounStart = date.map(d -> t.is(d.end(), "'") && t.is(d.end() + 1, "s") ? d.end() + 2 : d.end())
        .orElse(article ? a + 1 : possessiveName(t, a));
    if (nounStart < 0 || (date.isPresent() && !article && nounStart == date.get().end())) {
      return Optional.empty();
    }
    int end = nounEnd(t, nounStart);
    if (end == nounStart) {
      return Optional.empty();
    }
    TextSpan anchorSpan = TextSpan.of(t.start(a), t.end(end - 1));
    String anchorText = anchorSpan.of(t.text());
    Optional<DateSpec> anchorSpec = date.map(DateParse::spec);
    return Optional.of(Candidate.of(i, end, ExpressionKind.DATE, context -> {
      Optional<DateValue> anchorDate = anchorSpec.flatMap(spec -> resolve(spec, context));
      Optional<DateValue> resolved = anchorDate.flatMap(d -> new DerivedDate(signed, anchorSpan, anchorText,
          Optional.empty(), Optional.empty(), Modifier.EXACT).resolveWith(d));
      return Optional.of(new DerivedDate(signed, anchorSpan, anchorText, anchorDate, resolved, Modifier.EXACT));
    }).withNested(DateGrammar.duration(units.get())));
  }

  private static Optional<DateValue> resolve(DateSpec spec, Context context) {
    if (spec.absolute()) {
      return spec.resolve(LocalDate.EPOCH, Direction.NONE).map(i -> i.toValue(DatePart.WHOLE, Modifier.EXACT));
    }
    // The anchor's own tense is not the clause's: "was settled two days before Saturday's summit"
    // is past, the summit may be the coming Saturday. The nearest occurrence is meant.
    return context.referenceDate().flatMap(ref -> spec.resolve(ref, Direction.NONE))
        .map(i -> i.toValue(DatePart.WHOLE, Modifier.EXACT));
  }

  /** After a named owner ("Trump's inauguration"): where the event's words start, or -1. */
  private static int possessiveName(Tokens t, int k) {
    return t.isWord(k) && t.is(k + 1, "'") && t.is(k + 2, "s") ? k + 3 : -1;
  }

  /** The end of the event's words: up to a few words that are not function words. */
  private static int nounEnd(Tokens t, int k) {
    int end = k;
    while (end - k < MAX_NOUN_WORDS && t.isWord(end) && !Lexicon.FUNCTION_WORDS.contains(t.w(end))) {
      end++;
    }
    return end;
  }
}
