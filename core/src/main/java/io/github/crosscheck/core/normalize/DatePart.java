package io.github.crosscheck.core.normalize;

/**
 * Which part of a period the text names: all of it ({@code WHOLE}), its first third
 * ("early next year", "the beginning of 2000"), its middle third ("mid-2024") or its last third
 * ("late this year", "the end of October").
 */
public enum DatePart {
  WHOLE,
  EARLY,
  MID,
  LATE
}
