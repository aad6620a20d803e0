package io.github.crosscheck.core.normalize;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The interval a quantity modifier stands for, read from {@code modifier-bounds.tsv}: per modifier
 * a lower and an upper factor of the stated magnitude, each closed, open or unbounded. Loaded once;
 * immutable and thread-safe.
 */
final class ModifierTable {
  /** One side of an interval: {@code factor × |v|}, or unbounded when the factor is null. */
  record Side(BigDecimal factor, BoundType type) {}

  record Row(Side lower, Side upper) {}

  private static final ModifierTable STANDARD = load("modifier-bounds.tsv");

  private final Map<Modifier, Row> rows;

  private ModifierTable(Map<Modifier, Row> rows) {
    this.rows = rows;
  }

  static ModifierTable standard() {
    return STANDARD;
  }

  /** The row of a modifier; date modifiers bound a quantity like EXACT. */
  Row row(Modifier modifier) {
    return rows.getOrDefault(modifier, rows.get(Modifier.EXACT));
  }

  /** The interval {@code modifier} makes of the stated value {@code v}. */
  Range<BigDecimal> bounds(Modifier modifier, BigDecimal v) {
    Row row = row(modifier);
    BigDecimal magnitude = v.abs();
    Range<BigDecimal> positive = range(scale(row.lower(), magnitude), row.lower().type(),
        scale(row.upper(), magnitude), row.upper().type());
    return v.signum() >= 0 ? positive : mirror(positive);
  }

  private static BigDecimal scale(Side side, BigDecimal magnitude) {
    return side.factor() == null ? null : side.factor().multiply(magnitude);
  }

  static Range<BigDecimal> range(BigDecimal lower, BoundType lowerType, BigDecimal upper, BoundType upperType) {
    if (lower != null && upper != null) {
      return Range.range(lower, lowerType, upper, upperType);
    }
    if (lower != null) {
      return Range.downTo(lower, lowerType);
    }
    return upper != null ? Range.upTo(upper, upperType) : Range.all();
  }

  private static Range<BigDecimal> mirror(Range<BigDecimal> r) {
    BigDecimal lower = r.hasUpperBound() ? r.upperEndpoint().negate() : null;
    BigDecimal upper = r.hasLowerBound() ? r.lowerEndpoint().negate() : null;
    return range(lower, r.hasUpperBound() ? r.upperBoundType() : BoundType.CLOSED,
        upper, r.hasLowerBound() ? r.lowerBoundType() : BoundType.CLOSED);
  }

  private static ModifierTable load(String name) {
    Map<Modifier, Row> rows = new EnumMap<>(Modifier.class);
    for (List<String> cells : Resources.rows(name)) {
      Modifier modifier = Modifier.valueOf(cells.get(0));
      Row row = new Row(side(cells.get(1), true), side(cells.get(2), false));
      if (!contains(row)) {
        throw new IllegalStateException(name + ": " + modifier + " does not contain the stated value");
      }
      rows.put(modifier, row);
    }
    if (!rows.containsKey(Modifier.EXACT)) {
      throw new IllegalStateException(name + " has no EXACT row");
    }
    return new ModifierTable(rows);
  }

  /** Parses "[0.9", "(1", "inf)" and "1]". */
  private static Side side(String cell, boolean lower) {
    String s = cell.strip();
    char mark = lower ? s.charAt(0) : s.charAt(s.length() - 1);
    String number = lower ? s.substring(1) : s.substring(0, s.length() - 1);
    BoundType type = mark == '[' || mark == ']' ? BoundType.CLOSED : BoundType.OPEN;
    return new Side(number.equals("inf") ? null : new BigDecimal(number), type);
  }

  private static boolean contains(Row row) {
    boolean lowerOk = row.lower().factor() == null || row.lower().factor().compareTo(BigDecimal.ONE) <= 0;
    boolean upperOk = row.upper().factor() == null || row.upper().factor().compareTo(BigDecimal.ONE) >= 0;
    return lowerOk && upperOk;
  }
}
