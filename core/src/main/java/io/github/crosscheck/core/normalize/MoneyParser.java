package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Amounts of money: a currency before the amount ("$1.5 billion", "US$ 2 trillion", "€300m",
 * "EUR50m", "MAUD 60") or after it ("1.5 billion yuan", "115USD", "75 USD million", "30 MUSD"),
 * with cents after a whole amount ("3 dollars 50 cents", "$20 and 43c", "US$3 and fourteen").
 * Stateless.
 */
final class MoneyParser {
  private static final ImmutableSet<String> CENT_WORDS = ImmutableSet.of("cents", "cent", "c", "pence", "p", "penny");
  private static final ImmutableSet<String> AFTER_CENTS = ImmutableSet.of("and", "or", "is", "was", "are", "were");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MoneyParser() {}

  static Optional<Quantity> parse(Tokens t, int i) {
    Optional<Quantity> currency = currencyFirst(t, i);
    return currency.isPresent() ? currency : amountFirst(t, i);
  }

  private static Optional<Quantity> currencyFirst(Tokens t, int i) {
    var currency = Currencies.before(t, i);
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    Currencies.Hit c = currency.get();
    return NumberParser.unsigned(t, c.end()).map(n -> {
      BigDecimal value = n.value().multiply(c.factor());
      var cents = cents(t, n.end(), n);
      int end = cents.map(NumberMatch::end).orElse(n.end());
      value = cents.map(x -> n.value().add(x.value())).orElse(value);
      return new Quantity(i, end, ExpressionKind.MONEY, NumberValue.of(value), c.code(), null, n.scaled());
    });
  }

  private static Optional<Quantity> amountFirst(Tokens t, int i) {
    Optional<NumberMatch> number = NumberParser.unsigned(t, i);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    NumberMatch n = number.get();
    var currency = Currencies.after(t, n.end());
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    Currencies.Hit c = currency.get();
    BigDecimal value = n.value().multiply(c.factor());
    int end = c.end();
    Optional<Lexicon.NumberWord> scale = Lexicon.number(t.w(end))
        .filter(w -> w.role() == Lexicon.NumberRole.SCALE && !n.scaled());
    if (scale.isPresent()) {
      value = value.multiply(scale.get().value());
      end++;
    }
    var cents = cents(t, end, n);
    if (cents.isPresent() && scale.isEmpty()) {
      value = value.add(cents.get().value());
      end = cents.get().end();
    }
    return Optional.of(new Quantity(i, end, ExpressionKind.MONEY, NumberValue.of(value), c.code(), null,
        n.scaled() || scale.isPresent()));
  }

  /** "50 cents", "and 43c", "forty-five", "and fourteen" after a whole, unscaled amount; the value is in major units. */
  private static Optional<NumberMatch> cents(Tokens t, int k, NumberMatch whole) {
    if (!whole.isInteger() || whole.scaled()) {
      return Optional.empty();
    }
    int at = t.is(k, "and") ? k + 1 : k;
    if (!(t.isDigits(at) && t.w(at).length() <= 2) && !(t.isWord(at) && WordNumbers.isCardinalWord(t, at))) {
      return Optional.empty();
    }
    Optional<NumberMatch> n = t.isDigits(at) ? Numerals.bare(t, at) : SpelledNumbers.parse(t, at);
    if (n.isEmpty() || !n.get().isIntegerIn(0, 99) || n.get().scaled()) {
      return Optional.empty();
    }
    int end = n.get().end();
    boolean named = CENT_WORDS.contains(t.w(end));
    if (!named && t.isWord(end) && !AFTER_CENTS.contains(t.w(end))) {
      return Optional.empty();
    }
    if (!named && (t.isDigits(end) || t.is(end, "%") || t.is(end, "-") || t.is(end, "/"))) {
      return Optional.empty();
    }
    BigDecimal value = n.get().value().divide(HUNDRED);
    return Optional.of(new NumberMatch(k, named ? end + 1 : end, value, false, false, 0));
  }
}
