package io.github.crosscheck.core.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.util.Optional;

/**
 * Calendar arithmetic for movable holidays: Gregorian Easter, Islamic dates (the JDK's Umm al-Qura
 * Hijrah calendar, AH 1300 to 1600), the Hebrew new year (the arithmetic calendar of Reingold and
 * Dershowitz, "Calendrical Calculations") and mean-plus-periodic new moons (Meeus, "Astronomical
 * Algorithms", ch. 49, accurate to a few minutes). Stateless.
 */
final class Calendars {
  private static final long HEBREW_EPOCH = -1_373_427L;
  private static final long RD_OF_EPOCH_DAY_0 = 719_163L;
  private static final double JD_OF_UNIX_EPOCH = 2_440_587.5;

  private Calendars() {}

  /** Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm. */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** The first day in Gregorian {@code year} that is day {@code day} of Hijri month {@code month}. */
  static Optional<LocalDate> hijri(int year, int month, int day) {
    int approximate = (int) Math.round((year - 622) * 33.0 / 32.0);
    LocalDate best = null;
    for (int hy = approximate - 2; hy <= approximate + 2; hy++) {
      try {
        LocalDate d = LocalDate.from(HijrahDate.of(hy, month, day));
        if (d.getYear() == year && (best == null || d.isBefore(best))) {
          best = d;
        }
      } catch (DateTimeException outsideTheTables) {
        // the JDK's Hijrah tables cover AH 1300 to 1600 only
      }
    }
    return Optional.ofNullable(best);
  }

  /** Rosh Hashanah (1 Tishrei) in the autumn of Gregorian {@code year}. */
  static LocalDate hebrewNewYear(int year) {
    long am = year + 3761L;
    return LocalDate.ofEpochDay(HEBREW_EPOCH + hebrewElapsedDays(am) + hebrewCorrection(am) - RD_OF_EPOCH_DAY_0);
  }

  /** The first day of Hanukkah (25 Kislev) in the winter of Gregorian {@code year}. */
  static LocalDate hanukkah(int year) {
    LocalDate newYear = hebrewNewYear(year);
    long length = hebrewNewYear(year + 1).toEpochDay() - newYear.toEpochDay();
    int cheshvan = length % 10 == 5 ? 30 : 29;
    return newYear.plusDays(30L + cheshvan + 24L);
  }

  private static long hebrewElapsedDays(long am) {
    long months = Math.floorDiv(235 * am - 234, 19);
    long parts = 12_084 + 13_753 * months;
    long days = 29 * months + Math.floorDiv(parts, 25_920);
    return Math.floorMod(3 * (days + 1), 7) < 3 ? days + 1 : days;
  }

  private static int hebrewCorrection(long am) {
    long previous = hebrewElapsedDays(am - 1);
    long current = hebrewElapsedDays(am);
    long next = hebrewElapsedDays(am + 1);
    if (next - current == 356) {
      return 2;
    }
    return current - previous == 382 ? 1 : 0;
  }

  /** The Chinese (lunar) new year: the second new moon after the December solstice, dated in China (UTC+8). */
  static LocalDate chineseNewYear(int year) {
    double solstice = decemberSolstice(year - 1);
    LocalDate solsticeDay = utcPlus(solstice, 8).toLocalDate();
    long k = (long) Math.floor((solstice - 2_451_550.09766) / 29.530588861) - 1;
    int found = 0;
    while (true) {
      LocalDate day = utcPlus(newMoon(k), 8).toLocalDate();
      if (day.isAfter(solsticeDay) && ++found == 2) {
        return day;
      }
      k++;
    }
  }

  /** Diwali: the evening of the new moon (in India) of the lunar month that begins after mid-October. */
  static LocalDate diwali(int year) {
    LocalDateTime start = LocalDateTime.of(year, 10, 18, 0, 0);
    long k = (long) Math.floor((year - 2000 + 0.75) * 12.3685) - 1;
    while (utcPlus(newMoon(k), 5.5).isBefore(start)) {
      k++;
    }
    return utcPlus(newMoon(k), 5.5).minusHours(18).toLocalDate();
  }

  private static LocalDateTime utcPlus(double jd, double hours) {
    long seconds = Math.round((jd - JD_OF_UNIX_EPOCH) * 86_400 + hours * 3600);
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }

  /** The December solstice's mean Julian ephemeris day (Meeus ch. 27, years 1000 to 3000). */
  private static double decemberSolstice(int year) {
    double y = (year - 2000) / 1000.0;
    return 2_451_900.05952 + 365_242.74049 * y - 0.06223 * y * y - 0.00823 * y * y * y + 0.00032 * y * y * y * y;
  }

  /** The Julian ephemeris day of new moon number {@code k} (k = 0 at 2000-01-06). */
  static double newMoon(long k) {
    double t = k / 1236.85;
    double jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.000000150 * t * t * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t * t);
    double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t);
    double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t);
    double om = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t * t);
    return jde - 0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om)
        - 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
  }
}
