package io.github.crosscheck.core.normalize;

/**
 * How the text qualifies a value: exactly, approximately, as a bound ("more than", "at most") or,
 * for dates, as one end of an open interval ("before", "by", "after", "since", "until"). The
 * interval each quantity modifier stands for is data (the resource {@code modifier-bounds.tsv}); see
 * {@link NumberValue#bounds()} and {@link DateValue#bounds()}.
 */
public enum Modifier {
  EXACT,
  APPROXIMATE,
  NEARLY,
  MORE_THAN,
  AT_LEAST,
  LESS_THAN,
  AT_MOST,
  BEFORE,
  BY,
  AFTER,
  SINCE,
  UNTIL;

  /** Whether this modifier bounds a date rather than a quantity. */
  public boolean isTemporal() {
    return ordinal() >= BEFORE.ordinal();
  }
}
