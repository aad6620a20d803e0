package io.github.crosscheck.core.normalize;

/**
 * A quantity parse before it becomes a value: its tokens, kind (NUMBER, PERCENT or MONEY), the
 * number (with its upper end for ranges), the currency (MONEY) or percent unit (PERCENT).
 */
record Quantity(int start, int end, ExpressionKind kind, NumberValue amount, String currency, PercentUnit unit,
    boolean scaled) {

  NormalizedValue value() {
    return switch (kind) {
      case MONEY -> new MoneyValue(currency, amount);
      case PERCENT -> new PercentValue(amount, unit);
      default -> amount;
    };
  }

  Candidate candidate() {
    NormalizedValue v = value();
    return Candidate.of(start, end, kind, context -> java.util.Optional.of(v));
  }
}
