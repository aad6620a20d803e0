package io.github.crosscheck.core.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity: a value, an optional upper end for ranges ("10 to 20" has value 10 and upper 20) and
 * a modifier ("more than 6,650"). {@link #bounds()} is the interval the text allows, by the
 * modifier table. Immutable and thread-safe.
 */
public record NumberValue(BigDecimal value, Optional<BigDecimal> upper, Modifier modifier) implements NormalizedValue {

  public NumberValue {
    requireNonNull(value, "value");
    requireNonNull(upper, "upper");
    requireNonNull(modifier, "modifier");
    checkArgument(upper.isEmpty() || upper.get().compareTo(value) >= 0,
        "range upper end %s is below its value %s", upper.orElse(null), value);
  }

  /** An exact single value. */
  public static NumberValue of(BigDecimal value) {
    return new NumberValue(value, Optional.empty(), Modifier.EXACT);
  }

  /** A single value with a modifier. */
  public static NumberValue of(BigDecimal value, Modifier modifier) {
    return new NumberValue(value, Optional.empty(), modifier);
  }

  /** The interval the text allows: each end widened by the modifier's row of the modifier table. */
  public Range<BigDecimal> bounds() {
    ModifierTable table = ModifierTable.standard();
    Range<BigDecimal> low = table.bounds(modifier, value);
    return upper.map(u -> low.span(table.bounds(modifier, u))).orElse(low);
  }

  /** "170000000"; a range is "10..20". */
  @Override
  public Optional<String> canonical() {
    return Optional.of(plain(value) + upper.map(u -> ".." + plain(u)).orElse(""));
  }

  /** A decimal with no exponent, no grouping and no trailing zeros. */
  static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  /** The same quantity with another modifier. */
  NumberValue withModifier(Modifier other) {
    return new NumberValue(value, upper, other);
  }
}
