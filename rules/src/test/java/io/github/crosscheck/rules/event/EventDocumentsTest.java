package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crosscheck.core.normalize.DateValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDocumentsTest {
  @Test
  void anEventIsDescribedInTheDocumentsOfItsClaims() {
    DateValue day = DateValue.day(LocalDate.of(2025, 3, 4));
    Event call = new EventResolver().resolve(List.of(EventClaims.eventDate("a.txt", 0, "call", day, List.of()),
        EventClaims.eventDate("b.txt", 0, "call", day, List.of()))).events().get(0);
    for (String document : List.of("a.txt", "b.txt", "c.txt", "a")) {
      assertEquals(call.documents().contains(document), call.describedIn(document), document);
    }
  }
}
