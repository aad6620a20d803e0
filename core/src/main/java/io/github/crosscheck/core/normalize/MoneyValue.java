package io.github.crosscheck.core.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An amount of money: an ISO-4217 currency code (historical codes such as FIM kept) and the
 * amount in that currency's major unit, with its own range and modifier. Immutable.
 */
public record MoneyValue(String currency, NumberValue amount) implements NormalizedValue {

  public MoneyValue {
    requireNonNull(currency, "currency");
    requireNonNull(amount, "amount");
    checkArgument(currency.length() == 3 && currency.chars().allMatch(c -> c >= 'A' && c <= 'Z'),
        "not an ISO-4217 code: \"%s\"", currency);
  }

  /** "USD 1500000000". */
  @Override
  public Optional<String> canonical() {
    return amount.canonical().map(a -> currency + " " + a);
  }

  @Override
  public Modifier modifier() {
    return amount.modifier();
  }
}
