package io.github.crosscheck.core.normalize;

import static io.github.crosscheck.core.normalize.ExpressionKind.DATETIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockTimeTest {

  @Test
  void twoClocksInOneSentenceAreTwoExpressions() {
    List<Expression> clocks = Found.in("Polls open at 8 a.m. Eastern time (1200 GMT).", "2025-01-17").of(DATETIME);
    assertEquals(2, clocks.size());
    ClockTimeValue eastern = (ClockTimeValue) clocks.get(0).value();
    ClockTimeValue gmt = (ClockTimeValue) clocks.get(1).value();
    assertEquals(Optional.of(ZoneId.of("America/New_York")), eastern.zone());
    assertEquals(Optional.of(ZoneOffset.UTC), gmt.zone().map(z -> z.normalized()));
    assertEquals(LocalTime.of(12, 0), gmt.time());
  }

  @Test
  void easternTimeFollowsDaylightSavingTime() {
    ZoneId eastern = ZoneId.of("America/New_York");
    ClockTimeValue winter = new ClockTimeValue(LocalTime.of(8, 0), Optional.of(eastern),
        Optional.of(LocalDate.of(2025, 1, 17)), Modifier.EXACT);
    ClockTimeValue summer = new ClockTimeValue(LocalTime.of(8, 0), Optional.of(eastern),
        Optional.of(LocalDate.of(2025, 9, 17)), Modifier.EXACT);
    assertEquals(Instant.parse("2025-01-17T13:00:00Z"), winter.instant().orElseThrow());
    assertEquals(Instant.parse("2025-09-17T12:00:00Z"), summer.instant().orElseThrow());
  }

  @Test
  void aClockWithADateIsADateTime() {
    assertEquals("2025-01-18T17:00", Found.in("The count ends tomorrow at 5pm.", "2025-01-17").canonical(DATETIME));
    assertEquals("2025-01-18T17:00", Found.in("The count ends at 5 tomorrow afternoon.", "2025-01-17").canonical(DATETIME));
    assertEquals("2025-01-20T11:03", Found.in("The oath is at 11:03 a.m. on January 20, 2025.", null).canonical(DATETIME));
  }

  @Test
  void namedTimes() {
    assertEquals("T12:00", Found.in("They met at noon.", null).canonical(DATETIME));
    assertEquals("T00:00", Found.in("The curfew starts at midnight.", null).canonical(DATETIME));
    assertEquals("T06:45", Found.in("It starts at a quarter to seven.", null).canonical(DATETIME));
  }

  @Test
  void localTimeNamesNoZone() {
    ClockTimeValue v = (ClockTimeValue) Found.in("It began at 3:30 p.m. local time.", null).one(DATETIME).value();
    assertEquals(LocalTime.of(15, 30), v.time());
    assertEquals(Optional.empty(), v.zone());
    assertEquals("at 3:30 p.m. local time", Found.in("It began at 3:30 p.m. local time.", null).one(DATETIME).text());
  }

  @Test
  void aSubDayOffsetIsADeadlineFromTheReferenceTime() {
    Expression e = Found.in("Talks must end in less than 48 hours.", "2025-01-17T11:03:00-05:00").one(DATETIME);
    ClockTimeValue v = (ClockTimeValue) e.value();
    assertEquals("2025-01-19T11:03", v.canonical().orElseThrow());
    assertEquals(Modifier.BY, v.modifier());
  }

  @Test
  void aSubDayOffsetFromADateOnlyReferenceIsTheDaysItCanFallOn() {
    DateValue v = (DateValue) Found.in("A decision comes in 5 hours.", "2025-01-17").one(DATETIME).value();
    assertEquals(LocalDate.of(2025, 1, 17), v.first());
    assertEquals(LocalDate.of(2025, 1, 18), v.last());
  }
}
