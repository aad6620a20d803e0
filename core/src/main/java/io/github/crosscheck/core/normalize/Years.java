package io.github.crosscheck.core.normalize;

import io.github.crosscheck.core.normalize.Lexicon.NumberRole;
import io.github.crosscheck.core.normalize.Lexicon.NumberWord;
import java.util.Optional;

/**
 * Years as written in dates: four digits ("2025"), an apostrophe and two digits ("'89"), two
 * digits where a date allows them ("1/17/25"; 00–49 are 20xx, 50–99 are 19xx), and words
 * ("nineteen eighty-six", "two thousand and fifteen", "nineteen zero one"); an era may follow
 * ("AD", "A.D.", "CE", and "BE", the Buddhist era, 543 years ahead). Stateless.
 */
final class Years {
  static final int PIVOT = 50;

  private Years() {}

  /** A year at {@code k}; two bare digits only when {@code twoDigits}. */
  static Optional<Hit<Integer>> parse(Tokens t, int k, boolean twoDigits) {
    Optional<Hit<Integer>> year = bare(t, k, twoDigits);
    return year.isPresent() ? Optional.of(era(t, year.get())) : year;
  }

  private static Optional<Hit<Integer>> bare(Tokens t, int k, boolean twoDigits) {
    if (t.isDigits(k)) {
      String d = t.w(k);
      if (d.length() == 4) {
        int y = Integer.parseInt(d);
        return y >= 1000 && y <= 2999 ? Optional.of(new Hit<>(y, k + 1)) : Optional.empty();
      }
      if (d.length() == 2 && twoDigits) {
        return Optional.of(new Hit<>(twoDigit(Integer.parseInt(d)), k + 1));
      }
      return Optional.empty();
    }
    if (t.is(k, "'") && t.isDigits(k + 1) && t.tight(k + 1) && t.w(k + 1).length() == 2) {
      return Optional.of(new Hit<>(twoDigit(Integer.parseInt(t.w(k + 1))), k + 2));
    }
    return words(t, k);
  }

  static int twoDigit(int yy) {
    return yy < PIVOT ? 2000 + yy : 1900 + yy;
  }

  /** "nineteen eighty six", "twenty twelve", "nineteen zero one", or a cardinal from 1000 to 2999. */
  private static Optional<Hit<Integer>> words(Tokens t, int k) {
    Optional<Hit<Integer>> century = CalendarWords.cardinalWord(t, k).filter(h -> h.value() >= 10 && h.value() <= 29);
    if (century.isPresent()) {
      int c = century.get().value();
      int j = century.get().end();
      if ((t.is(j, "zero") || t.is(j, "oh") || t.is(j, "o")) && unit(t, j + 1) >= 0) {
        return Optional.of(new Hit<>(c * 100 + unit(t, j + 1), j + 2));
      }
      Optional<Hit<Integer>> rest = CalendarWords.cardinalWord(t, j).filter(h -> h.value() >= 10);
      if (rest.isPresent() && !t.is(rest.get().end(), "hundred")) {
        return Optional.of(new Hit<>(c * 100 + rest.get().value(), rest.get().end()));
      }
    }
    return WordNumbers.cardinal(t, k).filter(c -> c.value().scale() <= 0 || c.value().stripTrailingZeros().scale() <= 0)
        .filter(c -> c.value().intValue() >= 1000 && c.value().intValue() <= 2999)
        .map(c -> new Hit<>(c.value().intValue(), c.end()));
  }

  private static int unit(Tokens t, int k) {
    NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(k));
    return w != null && w.role() == NumberRole.UNIT && w.value().intValue() <= 9 ? w.value().intValue() : -1;
  }

  private static Hit<Integer> era(Tokens t, Hit<Integer> year) {
    int k = year.end();
    String w = t.w(k);
    boolean dotted = t.is(k + 1, ".") && t.tight(k + 1);
    if ((w.equals("ad") || w.equals("ce")) && t.upperCase(k)) {
      return new Hit<>(year.value(), dotted ? k + 2 : k + 1);
    }
    if (w.equals("a") && t.upperCase(k) && dotted && t.is(k + 2, "d") && t.tight(k + 2)) {
      return new Hit<>(year.value(), t.is(k + 3, ".") ? k + 4 : k + 3);
    }
    if (w.equals("be") && t.upperCase(k)) {
      return new Hit<>(year.value() - 543, k + 1);
    }
    return year;
  }
}
