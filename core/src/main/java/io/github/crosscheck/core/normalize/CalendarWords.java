package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.Lexicon.NumberRole;
import io.github.crosscheck.core.normalize.Lexicon.NumberWord;
import io.github.crosscheck.core.text.WordSet;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Optional;

/**
 * The small pieces dates are made of: month and weekday names (with an optional abbreviation dot),
 * days of the month ("19", "19th", "nineteenth", "twenty-first") and ordinals. Stateless.
 */
final class CalendarWords {
  private static final ImmutableSet<String> ORDINAL_SUFFIXES = ImmutableSet.of("st", "nd", "rd", "th");
  private static final ImmutableSet<String> FULL_NAMES = fullNames();
  /** Every month and weekday name and abbreviation: other words are ruled out without being copied. */
  private static final WordSet NAMES = WordSet.of(Lexicon.CALENDAR_WORDS.keySet());
  private static final SharedHits<Month> MONTH_HITS = new SharedHits<>(12);
  private static final SharedHits<DayOfWeek> WEEKDAY_HITS = new SharedHits<>(7);

  private static ImmutableSet<String> fullNames() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (Month m : Month.values()) {
      names.add(m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      names.add(d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
    }
    return names.build();
  }

  private CalendarWords() {}

  /** A month name at {@code k}; an ambiguous one ("may", "march") only when capitalized or {@code sure}. */
  static Optional<Hit<Month>> month(Tokens t, int k, boolean sure) {
    if (!t.in(k, NAMES)) {
      return Optional.empty();
    }
    Optional<Month> m = Lexicon.month(t.w(k));
    if (m.isEmpty() || (!sure && Lexicon.ambiguousName(t.w(k)) && !t.capitalized(k))) {
      return Optional.empty();
    }
    return MONTH_HITS.of(m.get().ordinal(), m.get(), dotted(t, k));
  }

  /** A weekday name at {@code k}; an ambiguous one ("sat", "sun") only when capitalized or {@code sure}. */
  static Optional<Hit<DayOfWeek>> weekday(Tokens t, int k, boolean sure) {
    if (!t.in(k, NAMES)) {
      return Optional.empty();
    }
    Optional<DayOfWeek> d = Lexicon.weekday(t.w(k));
    if (d.isEmpty() || (!sure && Lexicon.ambiguousName(t.w(k)) && !t.capitalized(k))) {
      return Optional.empty();
    }
    return WEEKDAY_HITS.of(d.get().ordinal(), d.get(), dotted(t, k));
  }

  /** The index after a name and its abbreviation dot, if any ("Jan.", "Tues."). */
  private static int dotted(Tokens t, int k) {
    boolean abbreviation = !FULL_NAMES.contains(t.w(k)) || t.isDigits(k + 2);
    return t.is(k + 1, ".") && t.tight(k + 1) && abbreviation ? k + 2 : k + 1;
  }

  /** Whether the name at {@code k} is an abbreviation written with its dot ("Wed.", "Jan."). */
  static boolean dottedAbbreviation(Tokens t, int k) {
    return dotted(t, k) == k + 2;
  }

  /** A day of the month, 1 to 31: digits with or without an ordinal suffix, ordinal words, and cardinal words when {@code words}. */
  static Optional<Hit<Integer>> day(Tokens t, int k, boolean words) {
    if (t.isDigits(k)) {
      String d = t.w(k);
      if (d.length() > 2) {
        return Optional.empty();
      }
      int n = Integer.parseInt(d);
      int end = ORDINAL_SUFFIXES.contains(t.w(k + 1)) && t.tight(k + 1) ? k + 2 : k + 1;
      if (end == k + 1 && (t.is(k + 1, ":") || ClockTimes.meridiem(t, k + 1).isPresent())) {
        return Optional.empty();
      }
      return n >= 1 && n <= 31 ? SharedHits.number(n, end) : Optional.empty();
    }
    Optional<Hit<Integer>> ordinal = ordinalWord(t, k);
    if (ordinal.isPresent()) {
      return ordinal.filter(h -> h.value() <= 31);
    }
    return words ? cardinalWord(t, k).filter(h -> h.value() >= 1 && h.value() <= 31) : Optional.empty();
  }

  /** An ordinal: "1st", "21st", "first", "twenty-first", "thirty first". */
  static Optional<Hit<Integer>> ordinal(Tokens t, int k) {
    if (t.isDigits(k) && t.w(k).length() <= 3 && ORDINAL_SUFFIXES.contains(t.w(k + 1)) && t.tight(k + 1)) {
      return SharedHits.number(Integer.parseInt(t.w(k)), k + 2);
    }
    return ordinalWord(t, k);
  }

  private static Optional<Hit<Integer>> ordinalWord(Tokens t, int k) {
    if (!t.in(k, Lexicon.NUMBER_NAMES)) {
      return Optional.empty();
    }
    NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(k));
    if (w == null) {
      return Optional.empty();
    }
    if (w.role() == NumberRole.ORDINAL) {
      return SharedHits.number(w.value().intValue(), k + 1);
    }
    if (w.role() == NumberRole.TENS) {
      int u = t.is(k + 1, "-") ? k + 2 : k + 1;
      NumberWord unit = Lexicon.NUMBER_WORDS.get(t.w(u));
      if (unit != null && unit.role() == NumberRole.ORDINAL && unit.value().compareTo(BigDecimal.TEN) < 0) {
        return SharedHits.number(w.value().intValue() + unit.value().intValue(), u + 1);
      }
    }
    return Optional.empty();
  }

  /** A small cardinal in words: "fifteen", "twenty five", "twenty-one". */
  static Optional<Hit<Integer>> cardinalWord(Tokens t, int k) {
    if (!t.in(k, Lexicon.NUMBER_NAMES)) {
      return Optional.empty();
    }
    NumberWord w = Lexicon.NUMBER_WORDS.get(t.w(k));
    if (w == null) {
      return Optional.empty();
    }
    if (w.role() == NumberRole.UNIT) {
      return SharedHits.number(w.value().intValue(), k + 1);
    }
    if (w.role() == NumberRole.TENS) {
      int u = t.is(k + 1, "-") ? k + 2 : k + 1;
      NumberWord unit = Lexicon.NUMBER_WORDS.get(t.w(u));
      if (unit != null && unit.role() == NumberRole.UNIT && unit.value().intValue() >= 1 && unit.value().intValue() <= 9) {
        return SharedHits.number(w.value().intValue() + unit.value().intValue(), u + 1);
      }
      return SharedHits.number(w.value().intValue(), k + 1);
    }
    return Optional.empty();
  }

  /** The index after an optional separator (one of {@code seps}) at {@code k}. */
  static int skip(Tokens t, int k, String... seps) {
    for (String s : seps) {
      if (t.is(k, s)) {
        return k + 1;
      }
    }
    return k;
  }
}
