package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.text.WordSet;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The word lists of the normalizer, read once from this package's resources: number words,
 * month and weekday names, units of time, time zones and holidays. Immutable and thread-safe.
 */
final class Lexicon {
  enum NumberRole { UNIT, TENS, HUNDRED, SCALE, DOZEN, ORDINAL, FRACTION }

  record NumberWord(NumberRole role, BigDecimal value) {}

  record CalendarWord(boolean month, int number, boolean ambiguous) {}

  enum TimeUnit { YEARS, MONTHS, WEEKS, FORTNIGHTS, DAYS, HOURS, MINUTES, SECONDS, DECADES, CENTURIES, QUARTERS }

  record UnitWord(TimeUnit unit, String where) {}

  /** A zone named after a clock; {@code zone} is empty for "local time". */
  record ZoneWord(Optional<ZoneId> zone, boolean upperCase) {}

  static final ImmutableMap<String, NumberWord> NUMBER_WORDS = numberWords();
  static final ImmutableMap<String, CalendarWord> CALENDAR_WORDS = calendarWords();
  private static final int LONGEST_CALENDAR_WORD = CALENDAR_WORDS.keySet().stream().mapToInt(String::length).max()
      .orElse(0);
  /** The number words, to rule a token out without copying it. */
  static final WordSet NUMBER_NAMES = WordSet.of(NUMBER_WORDS.keySet());
  static final ImmutableMap<String, UnitWord> UNITS = units();
  static final PhraseTable<ZoneWord> ZONES = zones();
  static final PhraseTable<Holiday> HOLIDAYS = holidays();

  private Lexicon() {}

  static Optional<NumberWord> number(String word) {
    return Optional.ofNullable(NUMBER_WORDS.get(word));
  }

  /** Each month and weekday as an answer, made once: the names are looked up at every token that may start a date. */
  private static final List<Optional<Month>> MONTHS = Arrays.stream(Month.values()).map(Optional::of).toList();
  private static final List<Optional<DayOfWeek>> WEEKDAYS = Arrays.stream(DayOfWeek.values()).map(Optional::of).toList();
  private static final List<Optional<TimeUnit>> UNIT_ANSWERS = Arrays.stream(TimeUnit.values()).map(Optional::of).toList();

  static Optional<Month> month(String word) {
    CalendarWord w = CALENDAR_WORDS.get(word);
    return w != null && w.month() ? MONTHS.get(w.number() - 1) : Optional.empty();
  }

  static Optional<DayOfWeek> weekday(String word) {
    CalendarWord w = CALENDAR_WORDS.get(word);
    return w != null && !w.month() ? WEEKDAYS.get(w.number() - 1) : Optional.empty();
  }

  /** The weekday a plural names ("fridays"); a word too long to be one is not copied to tell. */
  static Optional<DayOfWeek> weekdayPlural(String word) {
    if (word.length() < 2 || word.length() > LONGEST_CALENDAR_WORD + 1 || !word.endsWith("s")) {
      return Optional.empty();
    }
    return weekday(word.substring(0, word.length() - 1));
  }

  static boolean ambiguousName(String word) {
    CalendarWord w = CALENDAR_WORDS.get(word);
    return w != null && w.ambiguous();
  }

  /** The unit a word names after a number, given how it is attached. */
  static Optional<TimeUnit> unit(String word, boolean tight, boolean offset) {
    UnitWord u = UNITS.get(word);
    if (u == null) {
      return Optional.empty();
    }
    boolean ok = switch (u.where()) {
      case "tight" -> tight;
      case "offset" -> offset;
      default -> true;
    };
    return ok ? UNIT_ANSWERS.get(u.unit().ordinal()) : Optional.empty();
  }

  private static ImmutableMap<String, NumberWord> numberWords() {
    ImmutableMap.Builder<String, NumberWord> map = ImmutableMap.builder();
    for (List<String> row : Resources.rows("number-words.tsv")) {
      NumberRole role = NumberRole.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
      map.put(row.get(0), new NumberWord(role, new BigDecimal(row.get(2))));
    }
    return map.buildOrThrow();
  }

  private static ImmutableMap<String, CalendarWord> calendarWords() {
    ImmutableMap.Builder<String, CalendarWord> map = ImmutableMap.builder();
    for (List<String> row : Resources.rows("calendar-words.tsv")) {
      map.put(row.get(0), new CalendarWord(row.get(1).equals("month"), Integer.parseInt(row.get(2)),
          row.get(3).equals("yes")));
    }
    return map.buildOrThrow();
  }

  private static ImmutableMap<String, UnitWord> units() {
    ImmutableMap.Builder<String, UnitWord> map = ImmutableMap.builder();
    for (List<String> row : Resources.rows("units.tsv")) {
      map.put(row.get(0), new UnitWord(TimeUnit.valueOf(row.get(1)), row.get(2)));
    }
    return map.buildOrThrow();
  }

  private static PhraseTable<ZoneWord> zones() {
    PhraseTable.Builder<ZoneWord> table = PhraseTable.builder();
    for (List<String> row : Resources.rows("zones.tsv")) {
      Optional<ZoneId> zone = row.get(1).equals("-") ? Optional.empty() : Optional.of(ZoneId.of(row.get(1)));
      table.add(row.get(0), new ZoneWord(zone, row.get(2).equals("upper")));
    }
    return table.build();
  }

  private static PhraseTable<Holiday> holidays() {
    PhraseTable.Builder<Holiday> table = PhraseTable.builder();
    for (List<String> row : Resources.rows("holidays.tsv")) {
      List<String> names = List.of(row.get(0).split("\\|"));
      Holiday holiday = new Holiday(names.get(0), row.get(1));
      names.forEach(name -> table.add(name, holiday));
    }
    return table.build();
  }

  /** Words that end a noun phrase or start a new one: a year or count is not followed by a noun of its own. */
  static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of(
      "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "by", "for", "to", "from", "with", "as",
      "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "that", "this", "which",
      "when", "while", "after", "before", "since", "until", "during", "through", "than", "it", "its", "he",
      "she", "they", "we", "i", "you", "his", "her", "their", "our", "ad", "bc", "ce", "bce", "so", "if",
      "then", "there", "not", "also", "only", "just", "about", "into", "over", "under", "up", "down", "out");
}
