package io.github.crosscheck.core.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A percentage ("60 percent", "60%", "60 per cent") or a difference of percentages ("2 percentage
 * points"): the amount is the number of percent, with its own range and modifier. Immutable.
 */
public record PercentValue(NumberValue amount, PercentUnit unit) implements NormalizedValue {

  public PercentValue {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
  }

  /** The number of percent: "60". */
  @Override
  public Optional<String> canonical() {
    return amount.canonical();
  }

  @Override
  public Modifier modifier() {
    return amount.modifier();
  }
}
