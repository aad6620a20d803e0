package io.github.crosscheck.core.normalize;

/** Whether a {@link PercentValue} is a percentage ("60 percent") or a difference of percentages ("2 percentage points"). */
public enum PercentUnit {
  PERCENT,
  PERCENTAGE_POINTS
}
