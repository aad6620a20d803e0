package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.rules.event.Event;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Events grouped by type: one list sorted by type, in which each type's events are a run, found by
 * binary search. A part of a check has a few events of many types, so this is one array where a map
 * of lists would be a list per type. Immutable.
 */
final class EventsByType {
  private static final Comparator<Event> BY_TYPE = Comparator.comparing(Event::type);

  private final ImmutableList<Event> sorted;
  /** The type of each run, in order, and where each run starts (then where the last ends). */
  private final String[] runType;
  private final int[] runStart;

  private EventsByType(Event[] sorted) {
    this.sorted = ImmutableList.copyOf(sorted);
    int runs = 0;
    for (int e = 0; e < sorted.length; e++) {
      runs += e == 0 || !sorted[e].type().equals(sorted[e - 1].type()) ? 1 : 0;
    }
    runType = new String[runs];
    runStart = new int[runs + 1];
    for (int e = 0, r = 0; e < sorted.length; e++) {
      if (e == 0 || !sorted[e].type().equals(sorted[e - 1].type())) {
        runType[r] = sorted[e].type();
        runStart[r++] = e;
      }
    }
    runStart[runs] = sorted.length;
  }

  /** The events by type, each type's in the order given. */
  static EventsByType of(List<Event> events) {
    return sortedBy(events, BY_TYPE);
  }

  /** The events by type, each type's in {@code order} (ties in the order given). */
  static EventsByType of(List<Event> events, Comparator<Event> order) {
    return sortedBy(events, BY_TYPE.thenComparing(order));
  }

  private static EventsByType sortedBy(List<Event> events, Comparator<Event> order) {
    Event[] sorted = events.toArray(new Event[0]);
    Arrays.sort(sorted, order); // stable
    return new EventsByType(sorted);
  }

  /** The events of one type; empty when there are none. */
  ImmutableList<Event> get(String type) {
    int run = Arrays.binarySearch(runType, type);
    return run < 0 ? ImmutableList.of() : sorted.subList(runStart[run], runStart[run + 1]);
  }
}
