package io.github.crosscheck.rules.event;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One real-world occurrence the sources describe — a call, a ruling, an inauguration — with the
 * claims that date it, the days those claims jointly allow ({@code empty} when every claim is a
 * relative date whose publication time is unknown), a confidence that the claims describe one
 * event, and the notes that explain each identity decision. Immutable.
 */
public record Event(
    String id,
    String type,
    ImmutableSortedSet<Entity> participants,
    Optional<Range<LocalDate>> days,
    ImmutableList<Claim> claims,
    double confidence,
    ImmutableList<String> notes) {

  public Event {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(participants, "participants");
    requireNonNull(days, "days");
    requireNonNull(claims, "claims");
    checkArgument(!claims.isEmpty(), "an event needs a claim");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], got %s", confidence);
    requireNonNull(notes, "notes");
  }

  /**
   * Events in id order, a numbered id after its base in the order of the numbers ({@code call-2025-01-17},
   * {@code call-2025-01-17#2}, ... {@code #10}): the order does not change when events are numbered anew
   * among more events, as long as those of one base keep their relative order.
   */
  public static final java.util.Comparator<Event> ID_ORDER = (a, b) -> {
    int markA = a.id.lastIndexOf('#');
    int markB = b.id.lastIndexOf('#');
    String baseA = markA < 0 ? a.id : a.id.substring(0, markA);
    String baseB = markB < 0 ? b.id : b.id.substring(0, markB);
    int byBase = baseA.compareTo(baseB);
    return byBase != 0 ? byBase : Integer.compare(number(a.id, markA), number(b.id, markB));
  };

  private static int number(String id, int mark) {
    if (mark < 0) {
      return 1;
    }
    try {
      return Integer.parseInt(id.substring(mark + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The same event under another id. */
  public Event withId(String other) {
    return new Event(other, type, participants, days, claims, confidence, notes);
  }

  /** Whether the sources date this event at all. */
  public boolean isDated() {
    return days.isPresent();
  }

  /** The single day the event happened on, when the claims pin it down. */
  public Optional<LocalDate> day() {
    return days.filter(r -> r.lowerEndpoint().equals(r.upperEndpoint())).map(Range::lowerEndpoint);
  }

  /** The documents that describe this event. */
  public ImmutableSortedSet<String> documents() {
    return claims.stream().map(Claim::documentId).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Whether a claim of this document is among the event's: the document describes the event. */
  public boolean describedIn(String documentId) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).documentId().equals(documentId)) {
        return true;
      }
    }
    return false;
  }

  /** A readable subject: {@code call [Donald Trump, Xi Jinping]}. */
  public String subject() {
    return type + " " + participants;
  }
}
