package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;

/**
 * The modifier phrases of {@code modifiers.tsv} ("more than", "nearly", "since", "or later") and
 * how a modifier is applied to a value. Immutable and thread-safe.
 */
final class Modifiers {
  record Phrase(Modifier modifier, boolean quantity, boolean date) {}

  /** Prefix and suffix phrases, each split into those for quantities and those for dates. */
  private static final PhraseTable<Phrase> QUANTITY_PREFIXES = table("prefix", false);
  private static final PhraseTable<Phrase> DATE_PREFIXES = table("prefix", true);
  private static final PhraseTable<Phrase> QUANTITY_SUFFIXES = table("suffix", false);
  private static final PhraseTable<Phrase> DATE_SUFFIXES = table("suffix", true);

  private static PhraseTable<Phrase> table(String position, boolean dates) {
    PhraseTable.Builder<Phrase> table = PhraseTable.builder();
    for (List<String> row : Resources.rows("modifiers.tsv")) {
      String applies = row.get(3);
      Phrase phrase = new Phrase(Modifier.valueOf(row.get(1)), !applies.equals("date"), !applies.equals("quantity"));
      if (row.get(2).equals(position) && (dates ? phrase.date() : phrase.quantity())) {
        table.add(row.get(0), phrase);
      }
    }
    return table.build();
  }

  private Modifiers() {}

  /** The direction a date modifier points the tense to, if any. */
  static Direction hint(Modifier modifier) {
    return switch (modifier) {
      case BY, UNTIL -> Direction.FUTURE;
      case SINCE -> Direction.PAST;
      default -> Direction.NONE;
    };
  }

  /** The same value with the modifier applied. */
  static NormalizedValue apply(NormalizedValue value, Modifier m) {
    if (value instanceof DateValue v) {
      return v.withModifier(m);
    } else if (value instanceof UnresolvedDate v) {
      return new UnresolvedDate(v.relative(), m);
    } else if (value instanceof DerivedDate v) {
      return new DerivedDate(v.offset(), v.anchorSpan(), v.anchorText(), v.anchorDate(),
          v.resolved().map(r -> r.withModifier(m)), m);
    } else if (value instanceof ClockTimeValue v) {
      return new ClockTimeValue(v.time(), v.zone(), v.date(), m);
    } else if (value instanceof DurationValue v) {
      return new DurationValue(v.period(), v.time(), m);
    } else if (value instanceof NumberValue v) {
      return v.withModifier(m);
    } else if (value instanceof PercentValue v) {
      return new PercentValue(v.amount().withModifier(m), v.unit());
    }
    MoneyValue v = (MoneyValue) value;
    return new MoneyValue(v.currency(), v.amount().withModifier(m));
  }

  /** The longest prefix phrase at {@code i} for quantities ({@code dates} false) or dates. */
  static Optional<Hit<Phrase>> prefix(Tokens t, int i, boolean dates) {
    return (dates ? DATE_PREFIXES : QUANTITY_PREFIXES).longest(t, i);
  }

  /** The longest suffix phrase at {@code i} for an expression of this kind. */
  static Optional<Hit<Phrase>> suffix(Tokens t, int i, ExpressionKind kind) {
    boolean dated = kind == ExpressionKind.DATE || kind == ExpressionKind.DATETIME;
    return (dated ? DATE_SUFFIXES : QUANTITY_SUFFIXES).longest(t, i);
  }

  /** Words that can start a prefix phrase. */
  static ImmutableSet<String> prefixWords() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (List<String> row : Resources.rows("modifiers.tsv")) {
      if (row.get(2).equals("prefix")) {
        words.add(Tokens.of(row.get(0), 0, row.get(0).length()).w(0));
      }
    }
    return words.build();
  }
}
