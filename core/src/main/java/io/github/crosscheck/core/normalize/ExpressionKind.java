package io.github.crosscheck.core.normalize;

/**
 * What an {@link Expression} denotes: a calendar date or period ({@code DATE}), a clock time,
 * possibly with its date ({@code DATETIME}), a length of time ({@code DURATION}), a plain quantity
 * ({@code NUMBER}), a percentage ({@code PERCENT}) or an amount of money ({@code MONEY}).
 */
public enum ExpressionKind {
  DATE,
  DATETIME,
  DURATION,
  NUMBER,
  PERCENT,
  MONEY
}
