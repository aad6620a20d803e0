package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.Lexicon.NumberRole;
import io.github.crosscheck.core.normalize.Lexicon.NumberWord;
import io.github.crosscheck.core.text.WordSet;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Spelled-out cardinals: "twenty-one thousand eleven", "two hundred and two thousand", "three
 * crore twelve lakh", "a dozen", and a digit numeral followed by scale words ("6 crore and two
 * hundred", "322 hundred"). Reads at most {@link #MAX_TOKENS} tokens; stateless.
 */
final class WordNumbers {
  /** The words a reading can go on with: number words, "and" and the article. */
  private static final WordSet READ_WORDS = WordSet.of(ImmutableSet.<String>builder()
      .addAll(Lexicon.NUMBER_WORDS.keySet()).add("and", "a", "an").build());
  static final int MAX_TOKENS = 60;

  private enum Prev { START, ARTICLE, UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN }

  /** An integer phrase; {@code beforeAnd} is the value before its last "and" (null when none). */
  record Cardinal(int end, BigDecimal value, boolean scaled, BigDecimal lastScale, BigDecimal beforeAnd,
      BigDecimal scaleBeforeAnd) {}

  private WordNumbers() {}

  /** A spelled cardinal starting at token {@code i} ("a" counts only before hundred, a scale or dozen). */
  static Optional<Cardinal> cardinal(Tokens t, int i) {
    return t.memo(5, i, WordNumbers::readCardinal); // asked at one token by numbers and years alike
  }

  private static Optional<Cardinal> readCardinal(Tokens t, int i) {
    boolean named = t.in(i, Lexicon.NUMBER_NAMES);
    if (!named && !((t.is(i, "a") || t.is(i, "an")) && takesArticle(t, i + 1))) {
      // The common cases, decided without a reader or a copy of the word: no number word, or an
      // article before a word that takes none ("a", alone, is no number).
      return Optional.empty();
    }
    return new Reader(t).read(i, BigDecimal.ZERO, BigDecimal.ZERO, Prev.START);
  }

  /** Scale words and further words after a digit numeral: "1.2 million", "3 hundred and one". */
  static Optional<Cardinal> afterDigits(Tokens t, int i, BigDecimal numeral) {
    if (!t.isSymbol(i) && !t.in(i, READ_WORDS)) {
      return Optional.empty(); // no word to read on with, as the reader would find
    }
    Prev prev = numeral.stripTrailingZeros().scale() > 0 ? Prev.TENS : Prev.UNIT;
    return new Reader(t).read(i, BigDecimal.ZERO, numeral, prev).filter(c -> c.scaled());
  }

  /** Whether the token is a cardinal word (unit, tens, hundred or scale). */
  static boolean isCardinalWord(Tokens t, int i) {
    NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(i));
    return w != null && w.role() != NumberRole.ORDINAL && w.role() != NumberRole.FRACTION;
  }

  /** Whether token {@code next} is a word an article counts before: hundred, a scale or dozen. */
  private static boolean takesArticle(Tokens t, int next) {
    if (!t.in(next, Lexicon.NUMBER_NAMES)) {
      return false;
    }
    NumberWord nw = Lexicon.NUMBER_WORDS.get(t.w(next));
    return nw != null && (nw.role() == NumberRole.HUNDRED || nw.role() == NumberRole.SCALE
        || nw.role() == NumberRole.DOZEN);
  }

  private static final class Reader {
    private final Tokens t;
    private BigDecimal total;
    private BigDecimal group;
    private BigDecimal lastScale;
    private BigDecimal beforeAnd;
    private BigDecimal scaleBeforeAnd;
    private BigDecimal pendingBeforeAnd;
    private BigDecimal pendingScale;
    private boolean scaled;
    private Prev prev;

    Reader(Tokens t) {
      this.t = t;
    }

    Optional<Cardinal> read(int i, BigDecimal total0, BigDecimal group0, Prev prev0) {
      total = total0;
      group = group0;
      prev = prev0;
      int end = prev0 == Prev.START ? -1 : i;
      int k = i;
      for (int steps = 0; steps < MAX_TOKENS && k < t.size(); steps++) {
        if (!t.isSymbol(k) && !t.in(k, READ_WORDS)) {
          break; // neither a number word nor a joiner, as the tests below would find, but not copied
        }
        String w = t.w(k);
        if ((w.equals("-") || w.equals("and")) && prev != Prev.START && joins(k + 1, w.equals("and"))) {
          if (w.equals("and")) {
            pendingBeforeAnd = total.add(group);
            pendingScale = prev == Prev.SCALE ? lastScale : null;
          }
          k++;
          continue;
        }
        if ((w.equals("a") || w.equals("an")) && prev == Prev.START && takesArticle(t, k + 1)) {
          prev = Prev.ARTICLE;
          k++;
          continue;
        }
        NumberWord nw = Lexicon.NUMBER_WORDS.get(w);
        if (nw == null || !accept(nw)) {
          break;
        }
        if (pendingBeforeAnd != null) {
          beforeAnd = pendingBeforeAnd;
          scaleBeforeAnd = pendingScale;
          pendingBeforeAnd = null;
        }
        k++;
        end = k;
      }
      if (end < 0 || prev == Prev.ARTICLE) {
        return Optional.empty();
      }
      return Optional.of(new Cardinal(end, total.add(group), scaled, lastScale, beforeAnd, scaleBeforeAnd));
    }

    private boolean joins(int next, boolean and) {
      if (!t.in(next, Lexicon.NUMBER_NAMES)) {
        return false;
      }
      NumberWord nw = Lexicon.NUMBER_WORDS.get(t.w(next));
      if (nw == null) {
        return false;
      }
      return switch (nw.role()) {
        case UNIT -> and || prev == Prev.TENS;
        case TENS -> true;
        case HUNDRED, SCALE, DOZEN -> !and;
        default -> false;
      };
    }


    private boolean accept(NumberWord nw) {
      BigDecimal v = nw.value();
      switch (nw.role()) {
        case UNIT -> {
          boolean small = v.compareTo(BigDecimal.TEN) < 0;
          if (!(prev == Prev.START || prev == Prev.HUNDRED || prev == Prev.SCALE || (prev == Prev.TENS && small))) {
            return false;
          }
          group = group.add(v);
          prev = small ? Prev.UNIT : Prev.TEEN;
        }
        case TENS -> {
          if (!(prev == Prev.START || prev == Prev.HUNDRED || prev == Prev.SCALE)) {
            return false;
          }
          group = group.add(v);
          prev = Prev.TENS;
        }
        case HUNDRED -> {
          if (!(prev == Prev.UNIT || prev == Prev.TEEN || prev == Prev.TENS || prev == Prev.ARTICLE)) {
            return false;
          }
          group = one(group).multiply(v);
          scaled = true;
          prev = Prev.HUNDRED;
        }
        case SCALE -> {
          return scale(v);
        }
        case DOZEN -> {
          if (prev == Prev.DOZEN || prev == Prev.START) {
            return false;
          }
          total = total.add(one(group)).multiply(v);
          group = BigDecimal.ZERO;
          scaled = true;
          prev = Prev.DOZEN;
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    private boolean scale(BigDecimal v) {
      if (prev == Prev.START || prev == Prev.DOZEN) {
        return false;
      }
      if (prev == Prev.SCALE && (lastScale == null || v.compareTo(lastScale) <= 0)) {
        return false;
      }
      if (lastScale != null && v.compareTo(lastScale) >= 0) {
        total = total.add(group).multiply(v);
      } else {
        total = total.add(one(group).multiply(v));
      }
      group = BigDecimal.ZERO;
      lastScale = v;
      scaled = true;
      prev = Prev.SCALE;
      return true;
    }

    private static BigDecimal one(BigDecimal group) {
      return group.signum() == 0 ? BigDecimal.ONE : group;
    }
  }
}
