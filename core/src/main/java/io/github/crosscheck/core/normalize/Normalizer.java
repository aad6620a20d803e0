package io.github.crosscheck.core.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.text.AsciiCase;
import io.github.crosscheck.core.text.TextPieces;
import io.github.crosscheck.core.text.TextSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalizes the dates, relative dates, clock times, durations, numbers, percentages and
 * amounts of money of English news text, resolving relative expressions against the publication
 * time (never the system clock) and the tense of their clause. Expressions are returned in text
 * order; spans index into the whole text. Thread-safe and stateless: share one instance. Runs in
 * time linear in the text, without exceptions on any input.
 */
public final class Normalizer {
  private static final Normalizer ENGLISH = new Normalizer(new Scanner(List.of(
      new DateGrammar(), new ClockGrammar(), new DurationGrammar(), new QuantityGrammar())));

  private final Scanner scanner;

  private Normalizer(Scanner scanner) {
    this.scanner = scanner;
  }

  /** The English normalizer. */
  /**
   * Whether an expression's text only names the reference time ("now", "at the moment"), case
   * ignored: it resolves to the publication time, so it dates nothing a text reports.
   */
  public static boolean namesReferenceTime(String text) {
    if (!AsciiCase.isAscii(text, 0, text.length())) {
      return ClockGrammar.NOW_PHRASES.contains(text.toLowerCase(java.util.Locale.ROOT));
    }
    for (String phrase : ClockGrammar.NOW_PHRASES) { // every expression asks: compared in place, not lower-cased
      if (phrase.length() == text.length() && AsciiCase.regionEquals(text, 0, phrase)) {
        return true;
      }
    }
    return false;
  }

  public static Normalizer english() {
    return ENGLISH;
  }

  /** All expressions in the whole text, resolved against the reference (empty = unknown publication time). */
  public ImmutableList<Expression> find(String text, Optional<PublicationTime> reference) {
    requireNonNull(text, "text");
    return find(text, TextSpan.of(0, text.length()), reference);
  }

  /**
   * Only the expressions inside {@code region} (e.g. one sentence); spans still index into
   * {@code text}, and the tense that orients relative dates is read from the region.
   *
   * @throws IllegalArgumentException when the region does not fit the text
   */
  public ImmutableList<Expression> find(String text, TextSpan region, Optional<PublicationTime> reference) {
    requireNonNull(text, "text");
    requireNonNull(region, "region");
    requireNonNull(reference, "reference");
    checkArgument(region.end() <= text.length(), "region %s exceeds text of length %s", region, text.length());
    Tokens tokens = Tokens.reusing(text, region.start(), region.end());
    try {
      List<Candidate> chosen = scanner.scan(tokens);
      if (chosen.isEmpty()) {
        return ImmutableList.of();
      }
      List<Expression> out = tokens.foundList();
      Context context = new Context(tokens, reference);
      for (int k = 0; k < chosen.size(); k++) { // indexed: no iterator or callback per sentence
        Candidate c = chosen.get(k);
        emit(tokens, c, context, out);
        for (int n = 0; n < c.nested().size(); n++) {
          emit(tokens, c.nested().get(n), context, out);
        }
      }
      return ImmutableList.sortedCopyOf(BY_SPAN, out);
    } finally {
      // Expressions hold values and spans, never the tokens; the working lists go back with them.
      tokens.release();
    }
  }

  private static final Comparator<Expression> BY_SPAN = Comparator.comparing(Expression::span);

  private static void emit(Tokens tokens, Candidate c, Context context, List<Expression> out) {
    Optional<NormalizedValue> value = c.valuer().value(context.at(c.start(), c.end()));
    if (value.isPresent()) {
      TextSpan span = TextSpan.of(tokens.start(c.start()), tokens.end(c.end() - 1));
      // The text from the thread's table of short stretches: "Friday" and "2025" recur.
      String text = TextPieces.local().exact(tokens.text(), span.start(), span.end());
      out.add(new Expression(span, text, c.kind(), value.get()));
    }
  }
}
