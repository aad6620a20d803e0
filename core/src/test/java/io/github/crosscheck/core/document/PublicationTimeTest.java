package io.github.crosscheck.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {
  @Test
  void dateOnlyHasNoInstant() {
    PublicationTime time = PublicationTime.parse("2025-01-17");
    assertEquals(LocalDate.of(2025, 1, 17), time.date());
    assertTrue(time.instant().isEmpty());
  }

  @Test
  void offsetDateTimeHasAnInstant() {
    PublicationTime time = PublicationTime.parse("2025-01-17T11:03:00-05:00");
    assertEquals(Instant.parse("2025-01-17T16:03:00Z"), time.instant().orElseThrow());
  }

  @Test
  void localDateTimeWithoutZoneHasNoInstant() {
    PublicationTime time = PublicationTime.parse("2018-05-29T00:00:00");
    assertTrue(time.instant().isEmpty());
    assertEquals(LocalDateTime.of(2018, 5, 29, 0, 0), time.localDateTime().orElseThrow());
  }

  @Test
  void regionZoneIsKept() {
    PublicationTime time = PublicationTime.parse("2025-09-19T08:00:00-04:00[America/New_York]");
    assertEquals("America/New_York", time.zone().orElseThrow().getId());
  }

  @Test
  void invalidDateNamesTheText() {
    DateTimeException e = assertThrows(DateTimeException.class, () -> PublicationTime.parse("2025-02-30"));
    assertTrue(e.getMessage().contains("2025-02-30"), e.getMessage());
  }

  @Test
  void dateOnlyBracketsEveryInstantOfThatDayAnywhere() {
    qt().forAll(integers().between(-12, 14), integers().between(0, 23)).checkAssert((offset, hour) -> {
      PublicationTime day = PublicationTime.parse("2025-03-09");
      Instant actual = LocalDateTime.of(2025, 3, 9, hour, 0).toInstant(ZoneOffset.ofHours(offset));
      assertTrue(!actual.isBefore(day.earliestInstant()) && !actual.isAfter(day.latestInstant()));
    });
  }

  @Test
  void renderingRoundTrips() {
    for (String text : new String[] {"2025-01-17", "2025-01-17T11:03-05:00", "2025-01-17T11:03", "2025-01-17T16:03Z"}) {
      assertEquals(text, PublicationTime.parse(text).toString());
    }
  }
}
