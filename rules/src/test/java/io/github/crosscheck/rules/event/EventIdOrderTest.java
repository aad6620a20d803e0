package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.text.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventIdOrderTest {
  @Test
  void numberedIdsFollowTheirBaseInTheOrderOfTheNumbers() {
    List<Event> events = new ArrayList<>(List.of(event("call-2025-01-17#10"), event("call-2025-01-17/2025-01-20"),
        event("call-2025-01-17#2"), event("call-2025-01-17"), event("call-2025-01-17#9")));
    events.sort(Event.ID_ORDER);
    assertEquals(List.of("call-2025-01-17", "call-2025-01-17#2", "call-2025-01-17#9", "call-2025-01-17#10",
        "call-2025-01-17/2025-01-20"), events.stream().map(Event::id).toList());
  }

  @Test
  void renumberingAmongMoreEventsKeepsTheOrderOfThoseOfOneBase() {
    // Numbered within a part as #2 and #3, across parts as #9 and #10: the order is the same.
    assertEquals(-1, Integer.signum(Event.ID_ORDER.compare(event("meeting-2025-03-02#2"), event("meeting-2025-03-02#3"))));
    assertEquals(-1, Integer.signum(Event.ID_ORDER.compare(event("meeting-2025-03-02#9"), event("meeting-2025-03-02#10"))));
  }

  private static Event event(String id) {
    Evidence evidence = new Evidence("a.txt", new TextSpan(0, 4), "call", new TextSpan(0, 4), "call");
    Claim claim = new Claim(Claim.idOf(evidence, ClaimKind.EVENT_DATE), ClaimKind.EVENT_DATE, Subject.of("call", List.of()),
        DateValue.day(LocalDate.of(2025, 1, 17)), Optional.empty(), Attribution.asserted(), evidence, Optional.empty());
    return new Event(id, "call", ImmutableSortedSet.of(), Optional.empty(), ImmutableList.of(claim), 1.0, ImmutableList.of());
  }
}
