package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.text.ReusedMatcher;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: "11:03 a.m.", "8.30pm", "9a", "19:00", "1200 GMT", "1300 hours", "noon",
 * "midnight", "quarter to seven", "half past three", "16h" (after "at"), with a zone when one
 * follows ("Eastern time", "ET", "GMT"; "local time" is read but names none). Stateless.
 */
final class ClockTimes {
  /**
   * A clock: its time, its zone if named, whether am/pm was written, whether it is unmistakably a
   * clock ("11:03", "quarter to seven"; a bare "5" is not), and the index after it.
   */
  record Clock(LocalTime time, Optional<ZoneId> zone, boolean meridiem, boolean strong, int end) {
    Clock(LocalTime time, Optional<ZoneId> zone, boolean meridiem, int end) {
      this(time, zone, meridiem, meridiem, end);
    }
  }

  private static final String HOUR = "(?<h>[01]?\\d|2[0-4])";
  private static final String MINUTE = "(?<m>[0-5]\\d)";
  /** "11:03", "19:00:30", "8.30" (a dot only before am/pm). */
  private static final Pattern COLON = Pattern.compile(HOUR + "(?<sep>[:.])" + MINUTE + "(?::(?<s>[0-5]\\d))?(?!\\d)");
  /** "1200", "0401": four digits before "GMT" or "hours". */
  /** The thread's matcher for {@link #COLON}: done with (its groups read) before anything else reads a clock time. */
  private static final ReusedMatcher COLON_AT = new ReusedMatcher(COLON);
  private static final Pattern MILITARY = Pattern.compile("(?<h>[01]\\d|2[0-3])" + MINUTE + "(?!\\d)");
  private static final ImmutableMap<String, Integer> NAMED = ImmutableMap.of("noon", 12, "midday", 12, "midnight", 0);

  private ClockTimes() {}

  static Optional<Clock> parse(Tokens t, int i, boolean bareHour) {
    Optional<Clock> clock = core(t, i, bareHour);
    return zoned(t, clock.isPresent() ? Optional.of(dayPart(t, clock.get())) : clock);
  }

  /** "3:30 in the afternoon", "10 at night": the part of the day sets am/pm when the clock did not. */
  private static Clock dayPart(Tokens t, Clock c) {
    int k = c.end();
    boolean inThe = t.is(k, "in") && t.is(k + 1, "the");
    String part = inThe ? t.w(k + 2) : t.is(k, "at") ? t.w(k + 1) : "";
    boolean pm = part.equals("afternoon") || part.equals("evening") || part.equals("night");
    if (!(pm || part.equals("morning")) || (part.equals("night") && inThe) || (!inThe && !part.equals("night"))) {
      return c;
    }
    LocalTime time = pm && !c.meridiem() && c.time().getHour() < 12 && c.time().getHour() >= (part.equals("night") ? 6 : 1)
        ? c.time().plusHours(12) : c.time();
    return new Clock(time, c.zone(), true, true, inThe ? k + 3 : k + 2);
  }

  /**
   * Whether one or two digits and a colon or period start at {@code start}: what {@link #COLON}
   * needs first, tested without a matcher since most numbers are no clock time.
   */
  private static boolean hourThenSeparator(String text, int start) {
    int end = start + Numerals.digitRun(text, start, 3);
    return end - start <= 2 && end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == '.');
  }

  private static Optional<Clock> core(Tokens t, int i, boolean bareHour) {
    if (NAMED.containsKey(t.w(i))) {
      return Optional.of(new Clock(LocalTime.of(NAMED.get(t.w(i)), 0), Optional.empty(), true, i + 1));
    }
    if (t.isWord(i)) {
      return phrase(t, i);
    }
    if (!t.isDigits(i)) {
      return Optional.empty();
    }
    if (hourThenSeparator(t.text(), t.start(i))) {
      Matcher m = COLON_AT.on(t.text(), t.start(i), Math.min(t.text().length(), t.start(i) + 12));
      if (m.lookingAt()) {
        int end = Numerals.tokenEnding(t, i, m.end());
        boolean dotted = !m.group("sep").equals(":");
        return end < 0 ? Optional.empty()
            : withMeridiem(t, end, Integer.parseInt(m.group("h")), Integer.parseInt(m.group("m")), dotted)
                .map(c -> new Clock(c.time(), c.zone(), c.meridiem(), true, c.end()));
      }
    }
    if (t.w(i).length() == 4 && (military(t, i + 1))) {
      Matcher mil = MILITARY.matcher(t.w(i));
      if (mil.matches()) {
        int end = t.is(i + 1, "hours") || t.is(i + 1, "hrs") || t.is(i + 1, "h") ? i + 2 : i + 1;
        return Optional.of(new Clock(LocalTime.of(Integer.parseInt(mil.group("h")), Integer.parseInt(mil.group("m"))),
            Optional.empty(), true, end));
      }
    }
    if (t.w(i).length() <= 2) {
      int h = Integer.parseInt(t.w(i));
      if (t.is(i + 1, "h") && t.tight(i + 1) && bareHour && h <= 23) {
        return Optional.of(new Clock(LocalTime.of(h, 0), Optional.empty(), true, i + 2));
      }
      if (t.is(i + 1, "o") && t.is(i + 2, "'") && t.is(i + 3, "clock") && h >= 1 && h <= 12) {
        return Optional.of(new Clock(LocalTime.of(h % 12, 0), Optional.empty(), false, true, i + 4));
      }
      return withMeridiem(t, i + 1, h, 0, !bareHour);
    }
    return Optional.empty();
  }

  private static boolean military(Tokens t, int k) {
    return t.is(k, "hours") || t.is(k, "hrs") || t.is(k, "h") || Lexicon.ZONES.longest(t, k).isPresent();
  }

  /** am/pm after the digits; {@code required} when the digits alone are no clock ("8.30", "9"). */
  private static Optional<Clock> withMeridiem(Tokens t, int k, int hour, int minute, boolean required) {
    Optional<Hit<Boolean>> pm = meridiem(t, k);
    if (pm.isPresent()) {
      if (hour > 12) {
        return hour <= 23 ? Optional.of(new Clock(LocalTime.of(hour, minute), Optional.empty(), true, pm.get().end()))
            : Optional.empty();
      }
      int h = hour % 12 + (pm.get().value() ? 12 : 0);
      return Optional.of(new Clock(LocalTime.of(h, minute), Optional.empty(), true, pm.get().end()));
    }
    if (required || hour > 24 || (hour == 24 && minute > 0)) {
      return Optional.empty();
    }
    return Optional.of(new Clock(LocalTime.of(hour % 24, minute), Optional.empty(), false, k));
  }

  /** "am", "pm", "a.m.", "P.M.", and a lone "a"/"p" glued to the digits ("9a"); true for pm. */
  static Optional<Hit<Boolean>> meridiem(Tokens t, int k) {
    String w = t.w(k);
    if (w.equals("am") || w.equals("pm")) {
      return meridiemHit(w.equals("pm"), t.is(k + 1, ".") && t.tight(k + 1) ? k + 2 : k + 1);
    }
    if ((w.equals("a") || w.equals("p")) && t.is(k + 1, ".") && t.tight(k + 1) && t.is(k + 2, "m") && t.tight(k + 2)) {
      int end = t.is(k + 3, ".") && t.tight(k + 3) ? k + 4 : k + 3;
      return meridiemHit(w.equals("p"), end);
    }
    if ((w.equals("a") || w.equals("p")) && t.tight(k) && t.isDigits(k - 1)) {
      return meridiemHit(w.equals("p"), k + 1);
    }
    return Optional.empty();
  }

  private static final SharedHits<Boolean> MERIDIEM_HITS = new SharedHits<>(2);

  private static Optional<Hit<Boolean>> meridiemHit(boolean pm, int end) {
    return MERIDIEM_HITS.of(pm ? 1 : 0, pm, end);
  }

  /** "quarter to seven", "a quarter past 3", "half past three", "twenty past six". */
  private static Optional<Clock> phrase(Tokens t, int i) {
    int k = t.is(i, "a") ? i + 1 : i;
    int minutes;
    if (t.is(k, "quarter")) {
      minutes = 15;
      k++;
    } else if (t.is(k, "half")) {
      minutes = 30;
      k++;
    } else {
      Optional<Hit<Integer>> n = CalendarWords.cardinalWord(t, k).filter(h -> h.value() >= 1 && h.value() <= 29);
      if (n.isEmpty()) {
        return Optional.empty();
      }
      minutes = n.get().value();
      k = t.is(n.get().end(), "minutes") ? n.get().end() + 1 : n.get().end();
    }
    boolean to = t.is(k, "to");
    if (!(to || t.is(k, "past") || (t.is(k, "after") && minutes != 30))) {
      return Optional.empty();
    }
    Optional<Hit<Integer>> hour = t.isDigits(k + 1) && t.w(k + 1).length() <= 2
        ? SharedHits.number(Integer.parseInt(t.w(k + 1)), k + 2) : CalendarWords.cardinalWord(t, k + 1);
    Optional<Hit<Integer>> h = hour.filter(x -> x.value() >= 1 && x.value() <= 12);
    if (h.isEmpty() || (to && minutes == 30)) {
      return Optional.empty();
    }
    int base = h.get().value() % 12 * 60 + (to ? -minutes : minutes);
    LocalTime time = LocalTime.of(Math.floorMod(base, 720) / 60, Math.floorMod(base, 60));
    Optional<Hit<Boolean>> pm = meridiem(t, h.get().end());
    if (pm.isPresent() && pm.get().value()) {
      time = time.plusHours(12);
    }
    return Optional.of(new Clock(time, Optional.empty(), pm.isPresent(), true, pm.map(Hit::end).orElse(h.get().end())));
  }

  /** The zone after a clock, if one is named. */
  private static Optional<Clock> zoned(Tokens t, Optional<Clock> clock) {
    if (clock.isEmpty()) {
      return clock;
    }
    Clock c = clock.get();
    var zone = Lexicon.ZONES.longest(t, c.end());
    if (zone.isEmpty() || (zone.get().value().upperCase() && !t.upperCase(c.end()))) {
      return clock;
    }
    return Optional.of(new Clock(c.time(), zone.get().value().zone(), c.meridiem(), true, zone.get().end()));
  }
}
