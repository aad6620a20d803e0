package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.normalize.DatePart;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.normalize.NormalizedValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventIdTest {
  private static final long FIRST = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(12_000, 12, 31).toEpochDay();

  @Test
  void anEventOfOneDayIsNamedAfterItsTypeAndTheIsoDay() {
    qt().withExamples(1_000).forAll(longs().between(FIRST, LAST)).checkAssert(epochDay -> {
      LocalDate day = LocalDate.ofEpochDay(epochDay);
      assertEquals("phone-call-" + day, idOf("phone call", DateValue.day(day)));
    });
  }

  @Test
  void anEventOfSeveralDaysIsNamedAfterTheFirstAndLastIsoDays() {
    qt().withExamples(1_000).forAll(longs().between(FIRST, LAST), longs().between(1, 400)).checkAssert((epochDay, length) -> {
      LocalDate first = LocalDate.ofEpochDay(epochDay);
      LocalDate last = first.plusDays(length);
      assertEquals("summit-" + first + "/" + last,
          idOf("summit", new DateValue(first, last, Granularity.DAY, DatePart.WHOLE, Modifier.EXACT)));
    });
  }

  private static String idOf(String type, NormalizedValue value) {
    Claim claim = EventClaims.eventDate("a.txt", 0, type, value, List.of());
    return new EventResolver().resolve(List.of(claim)).events().get(0).id();
  }
}
