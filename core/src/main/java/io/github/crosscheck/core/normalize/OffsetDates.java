package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.normalize.DurationMath.Length;
import io.github.crosscheck.core.normalize.Offsets.Units;
import java.time.DayOfWeek;
import java.time.Period;
import java.util.Optional;

/**
 * Dates given as an offset: from the reference ("3 days ago", "in two weeks", "within 3 days",
 * "2 years 1 month 21 days later", "+1 day", "-3y", "a week from now"), from another date ("two
 * weeks from next Tuesday", "2 days before yesterday", "three days after Easter"), and counted
 * weekdays ("3 Fridays from now", "the Monday before May 25", "2 Thursdays back"). Anchors are
 * plain dates, never offsets themselves, so nesting is bounded. Stateless.
 */
final class OffsetDates {
  /** How an offset phrase reads: "in 3 days" (+), "3 days ago" (-), "3 days before X" (- from X). */
  record Found(int start, int end, Units units, int sign, Optional<DateParse> anchor, Modifier modifier) {

    Period period() {
      Length l = units.length();
      Period p = l.period().plusDays(l.time().toDays());
      return sign < 0 ? p.negated() : p;
    }
  }

  private static final ImmutableSet<String> BACK = ImmutableSet.of("ago", "back", "earlier", "before", "prior",
      "previously");
  private static final ImmutableSet<String> AHEAD = ImmutableSet.of("later", "after", "hence", "out", "ahead",
      "afterwards", "afterward", "on", "now", "away");
  private static final ImmutableSet<String> NOW = ImmutableSet.of("now", "today", "right now");

  private OffsetDates() {}

  /** An offset date at {@code i} with a calendar part (days or more); clock-only offsets are date-times. */
  static Optional<DateParse> parse(Tokens t, int i) {
    Optional<Found> found = find(t, i);
    return found.isPresent() && !found.get().units().length().clockOnly() ? Optional.of(toDate(found.get()))
        : countedWeekdays(t, i);
  }

  private static DateParse toDate(Found f) {
    DateSpec anchor = f.anchor().map(DateParse::spec).orElse(new DateSpec.RefUnit(Granularity.DAY, 0));
    DateParse.Offset offset = new DateParse.Offset(f.units().start(), f.units().end(),
        f.units().length().period(), f.units().length().time());
    return new DateParse(f.start(), f.end(), new DateSpec.Shifted(anchor, f.period()), DatePart.WHOLE,
        Optional.of(offset), f.modifier());
  }

  /**
   * Any offset phrase at {@code i}, clock-only ones included; read once per token, as both the
   * date and the clock grammar ask.
   */
  static Optional<Found> find(Tokens t, int i) {
    return t.memo(4, i, OffsetDates::read);
  }

  private static Optional<Found> read(Tokens t, int i) {
    String w = t.w(i);
    if (w.equals("in") || w.equals("within") || w.equals("after")) {
      return ahead(t, i);
    }
    if ((w.equals("+") || w.equals("-")) && t.tight(i + 1) && (i == 0 || !t.tight(i) || !t.isWord(i - 1))) {
      return Offsets.units(t, i + 1, true).map(u -> new Found(i, u.end(), u, w.equals("+") ? 1 : -1,
          Optional.empty(), Modifier.EXACT));
    }
    int k = t.is(i, "the") ? i + 1 : i;
    Optional<Units> units = Offsets.units(t, k, true);
    if (units.isEmpty() && k > i && (t.is(k, "day") || t.is(k, "week") || t.is(k, "min") || t.is(k, "minute"))) {
      units = Offsets.units(t, k, true).or(() -> oneUnit(t, k));
    }
    return units.isPresent() ? direction(t, i, units.get()) : Optional.empty();
  }

  /** "the day before", "the week after": one unit with the article. */
  private static Optional<Units> oneUnit(Tokens t, int k) {
    return Lexicon.unit(t.w(k), false, true).flatMap(unit -> DurationMath.of(java.math.BigDecimal.ONE, unit))
        .map(l -> new Units(k, k + 1, l, 1));
  }

  /** "in 3 days", "in less than 48 hours", "within 3 days", "after a year", "in 5 minutes from now". */
  private static Optional<Found> ahead(Tokens t, int i) {
    int k = i + 1;
    Modifier modifier = t.is(i, "within") ? Modifier.BY : Modifier.EXACT;
    var phrase = Modifiers.prefix(t, k, false);
    if (phrase.isPresent()) {
      Modifier m = phrase.get().value().modifier();
      modifier = m == Modifier.LESS_THAN || m == Modifier.AT_MOST ? Modifier.BY
          : m == Modifier.MORE_THAN || m == Modifier.AT_LEAST ? Modifier.AFTER : m;
      k = phrase.get().end();
    }
    if (t.is(k, "~")) {
      k++;
    }
    Optional<Units> units = Offsets.units(t, k, true);
    if (units.isEmpty() || (t.is(i, "after") && DateParser.core(t, units.get().end()).isPresent())) {
      return Optional.empty();
    }
    int end = units.get().end();
    Optional<Found> anchored = direction(t, i, units.get()).filter(f -> f.end() > units.get().end() + 1
        || !t.is(units.get().end(), "after"));
    if (anchored.isPresent() && !t.is(i, "after")) {
      Found f = anchored.get();
      return Optional.of(new Found(i, f.end(), f.units(), f.sign(), f.anchor(), modifier));
    }
    if (t.is(end, "time") && !t.is(i, "after")) {
      end++;
    }
    return Optional.of(new Found(i, end, units.get(), 1, Optional.empty(), modifier));
  }

  /** What follows the units: "ago", "later", "from now", or "before/after/from" and an anchor date. */
  private static Optional<Found> direction(Tokens t, int i, Units u) {
    int k = u.end();
    String w = t.w(k);
    if (w.equals("from") || w.equals("before") || w.equals("after") || w.equals("following")) {
      int sign = w.equals("before") ? -1 : 1;
      var now = nowWord(t, k + 1);
      if (now.isPresent()) {
        return Optional.of(new Found(i, now.get(), u, sign, Optional.empty(), Modifier.EXACT));
      }
      Optional<DateParse> anchor = DateParser.core(t, k + 1);
      if (anchor.isPresent()) {
        return Optional.of(new Found(i, anchor.get().end(), u, sign, anchor, Modifier.EXACT));
      }
    }
    if (BACK.contains(w)) {
      return Optional.of(new Found(i, k + 1, u, -1, Optional.empty(), Modifier.EXACT));
    }
    if (AHEAD.contains(w) && !(w.equals("on") && t.isWord(k + 1))) {
      return Optional.of(new Found(i, k + 1, u, 1, Optional.empty(), Modifier.EXACT));
    }
    return Optional.empty();
  }

  /** "now", "today", "right now", "this time": the reference itself as an anchor; the index after it. */
  private static Optional<Integer> nowWord(Tokens t, int k) {
    if (t.is(k, "right") && t.is(k + 1, "now")) {
      return Optional.of(k + 2);
    }
    return NOW.contains(t.w(k)) ? Optional.of(k + 1) : Optional.empty();
  }

  /** "3 Fridays from now", "2 Thursdays back", "the Monday before May 25", "the 2nd Monday before May 25", "3 Mondays after May 25". */
  private static Optional<DateParse> countedWeekdays(Tokens t, int i) {
    int k = t.is(i, "the") ? i + 1 : i;
    int count = 1;
    Optional<Hit<Integer>> ordinal = CalendarWords.ordinal(t, k);
    Optional<NumberMatch> number = ordinal.isPresent() ? Optional.empty() : NumberParser.unsigned(t, k);
    if (ordinal.isPresent()) {
      count = ordinal.get().value();
      k = ordinal.get().end();
    } else if (number.isPresent() && number.get().isIntegerIn(1, 520)) {
      count = number.get().intValue();
      k = number.get().end();
    }
    Optional<DayOfWeek> plural = Lexicon.weekdayPlural(t.w(k));
    Optional<DayOfWeek> day = plural.isPresent() ? plural : Lexicon.weekday(t.w(k));
    if (day.isEmpty() || (k == i && !t.capitalized(k))) {
      return Optional.empty();
    }
    int j = k + 1;
    String w = t.w(j);
    final int n = count;
    if (w.equals("from") || w.equals("before") || w.equals("after")) {
      int sign = w.equals("before") ? -1 : 1;
      var now = nowWord(t, j + 1);
      if (now.isPresent()) {
        return Optional.of(DateParse.of(i, now.get(),
            new DateSpec.WeekdayFrom(new DateSpec.RefUnit(Granularity.DAY, 0), day.get(), sign * n)));
      }
      return DateParser.core(t, j + 1).map(a -> DateParse.of(i, a.end(),
          new DateSpec.WeekdayFrom(a.spec(), day.get(), sign * n)));
    }
    if ((BACK.contains(w) || AHEAD.contains(w)) && k > i && !w.equals("on")) {
      int sign = BACK.contains(w) ? -1 : 1;
      return Optional.of(DateParse.of(i, j + 1,
          new DateSpec.WeekdayFrom(new DateSpec.RefUnit(Granularity.DAY, 0), day.get(), sign * n)));
    }
    return Optional.empty();
  }

  /** "in a year", "in 2 years", "six years hence", "9 months from now": a later reference. */
  static Optional<Hit<Period>> laterReference(Tokens t, int k) {
    int start = t.is(k, "in") ? k + 1 : k;
    Optional<Units> units = Offsets.units(t, start, false).filter(u -> !u.length().clockOnly());
    if (units.isEmpty()) {
      return Optional.empty();
    }
    int end = units.get().end();
    if (start == k) {
      if (t.is(end, "hence")) {
        end++;
      } else if (t.is(end, "from") && t.is(end + 1, "now")) {
        end += 2;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new Hit<>(units.get().length().period(), end));
  }
}
