package io.github.crosscheck.core.normalize;

import java.util.Optional;

/**
 * Quarters of a year: "the first quarter of 2024", "Q3 2023", "Q4", "fourth-quarter", "the
 * second quarter of next year". Without a year the tense picks the quarter ("the fourth quarter"
 * read in January, in the past tense, is last year's). "last quarter" and "next quarter" are
 * relative units, read elsewhere. Stateless.
 */
final class QuarterDates {
  private QuarterDates() {}

  static Optional<DateParse> parse(Tokens t, int i) {
    Optional<Hit<Integer>> quarter = named(t, i);
    if (quarter.isEmpty()) {
      return Optional.empty();
    }
    int n = quarter.get().value();
    int k = quarter.get().end();
    int y = CalendarWords.skip(t, k, "of", "in", ",");
    Optional<Hit<Integer>> year = Years.parse(t, y, t.is(y, "'"));
    if (year.isPresent()) {
      return Optional.of(DateParse.of(i, year.get().end(), new DateSpec.Fixed(Interval.quarter(year.get().value(), n))));
    }
    var relation = RelativeDates.RELATIONS.longest(t, y);
    if (y > k && relation.isPresent() && t.is(relation.get().end(), "year")) {
      return Optional.of(DateParse.of(i, relation.get().end() + 1,
          new DateSpec.QuarterOf(n, Pick.THIS, relation.get().value())));
    }
    return Optional.of(DateParse.of(i, k, new DateSpec.QuarterOf(n, Pick.TENSE, 0)));
  }

  /** "Q3", "the first quarter", "fourth-quarter", "3rd quarter": the quarter's number and the index after it. */
  private static Optional<Hit<Integer>> named(Tokens t, int i) {
    if (t.is(i, "q") && t.isDigits(i + 1) && t.tight(i + 1) && t.upperCase(i)) {
      int n = t.w(i + 1).length() == 1 ? t.w(i + 1).charAt(0) - '0' : 0;
      return n >= 1 && n <= 4 ? SharedHits.number(n, i + 2) : Optional.empty();
    }
    int k = t.is(i, "the") ? i + 1 : i;
    Optional<Hit<Integer>> ordinal = CalendarWords.ordinal(t, k).filter(h -> h.value() >= 1 && h.value() <= 4);
    if (ordinal.isEmpty()) {
      return Optional.empty();
    }
    int q = t.is(ordinal.get().end(), "-") ? ordinal.get().end() + 1 : ordinal.get().end();
    return t.is(q, "quarter") ? SharedHits.number(ordinal.get().value(), q + 1) : Optional.empty();
  }
}
