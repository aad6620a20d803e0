package io.github.crosscheck.core.normalize;

import java.util.Optional;

/**
 * Percentages: "60 percent", "60%", "60 per cent", "sixty percent", "1.38pc", "2 percentage
 * points", and the inverted "percent of 10". Stateless.
 */
final class PercentParser {
  private static final PhraseTable<PercentUnit> WORDS = PhraseTable.<PercentUnit>builder()
      .add("%", PercentUnit.PERCENT).add("percent", PercentUnit.PERCENT).add("per cent", PercentUnit.PERCENT)
      .add("per-cent", PercentUnit.PERCENT).add("pct", PercentUnit.PERCENT).add("pc", PercentUnit.PERCENT)
      .add("percents", PercentUnit.PERCENT).add("percentage", PercentUnit.PERCENT)
      .add("percentage points", PercentUnit.PERCENTAGE_POINTS).add("percentage point", PercentUnit.PERCENTAGE_POINTS)
      .add("percentage-points", PercentUnit.PERCENTAGE_POINTS)
      .add("percentage-point", PercentUnit.PERCENTAGE_POINTS).add("pp", PercentUnit.PERCENTAGE_POINTS)
      .add("ppt", PercentUnit.PERCENTAGE_POINTS).add("ppts", PercentUnit.PERCENTAGE_POINTS)
      .add("pts", PercentUnit.PERCENTAGE_POINTS)
      .build();

  private PercentParser() {}

  static Optional<Quantity> parse(Tokens t, int i) {
    Optional<NumberMatch> number = NumberParser.parse(t, i);
    Optional<Quantity> percent = number.isPresent() ? after(t, number.get()) : Optional.empty();
    return percent.isPresent() ? percent : inverted(t, i);
  }

  /** The percent word after a number. */
  static Optional<Quantity> after(Tokens t, NumberMatch n) {
    var hit = WORDS.longest(t, n.end());
    if (hit.isEmpty() || (t.is(n.end(), "pc") && !t.tight(n.end()))) {
      return Optional.empty();
    }
    return Optional.of(new Quantity(n.start(), hit.get().end(), ExpressionKind.PERCENT, NumberValue.of(n.value()), null,
        hit.get().value(), n.scaled()));
  }

  /** "percent of 10", "per cent of 210": a percent word first, when no number precedes it. */
  private static Optional<Quantity> inverted(Tokens t, int i) {
    var hit = WORDS.longest(t, i);
    if (hit.isEmpty() || t.is(i, "%") || t.isDigits(i - 1) || WordNumbers.isCardinalWord(t, i - 1)
        || !t.is(hit.get().end(), "of")) {
      return Optional.empty();
    }
    return NumberParser.parse(t, hit.get().end() + 1).map(n -> new Quantity(i, n.end(), ExpressionKind.PERCENT,
        NumberValue.of(n.value()), null, hit.get().value(), n.scaled()));
  }

  static boolean startsWith(String word) {
    return WORDS.startsWith(word);
  }
}
