package io.github.crosscheck.rules.event;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.rules.ClaimValues;
import java.util.Arrays;
import java.util.List;

/**
 * What numbering one part's events among other parts' needs of them ({@link
 * EventResolver#numberTogether}), read once while the events are at hand: each event's type and id,
 * the base its id was numbered from, and the round, width, first day and id of its first claim. A
 * large check numbers its events at the end, when they are long out of the processor's caches; the
 * keys are then read from a few arrays instead of from every event and claim. Immutable: the arrays
 * never leave this package.
 */
public final class NumberingKeys {
  final String[] type;
  /** The hash of each type, taken while it is at hand. */
  final int[] typeHash;
  final String[] id;
  final String[] base;
  /** The hash of each base, taken while it is at hand, so numbering can count bases without reading them. */
  final int[] baseHash;
  final int[] phase;
  final long[] width;
  final long[] firstDay;
  final String[] firstClaim;

  private NumberingKeys(int size) {
    type = new String[size];
    typeHash = new int[size];
    id = new String[size];
    base = new String[size];
    baseHash = new int[size];
    phase = new int[size];
    width = new long[size];
    firstDay = new long[size];
    firstClaim = new String[size];
  }

  /** The keys of these events, in their order. */
  static NumberingKeys of(List<Event> events) {
    NumberingKeys keys = new NumberingKeys(events.size());
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      Claim first = event.claims().get(0);
      keys.type[e] = event.type();
      keys.typeHash[e] = event.type().hashCode();
      keys.id[e] = event.id();
      keys.base[e] = EventResolver.baseOf(event);
      keys.baseHash[e] = keys.base[e].hashCode();
      keys.phase[e] = EventResolver.phase(first);
      // The first claim's days as the resolver reads them; a plain date's without building a range.
      if (first.value() instanceof DateValue date) {
        keys.firstDay[e] = date.firstNamedDay().toEpochDay();
        keys.width[e] = date.lastNamedDay().toEpochDay() - keys.firstDay[e];
      } else if (keys.phase[e] == EventResolver.PRECISE) {
        var days = ClaimValues.days(first).get();
        keys.firstDay[e] = days.lowerEndpoint().toEpochDay();
        keys.width[e] = days.upperEndpoint().toEpochDay() - keys.firstDay[e];
      }
      keys.firstClaim[e] = first.id();
    }
    return keys;
  }

  int size() {
    return type.length;
  }

  /** Keys are equal when they hold the same values: they are read from equal events. */
  @Override
  public boolean equals(Object other) {
    return other instanceof NumberingKeys keys && Arrays.equals(type, keys.type) && Arrays.equals(id, keys.id)
        && Arrays.equals(base, keys.base) && Arrays.equals(phase, keys.phase) && Arrays.equals(width, keys.width)
        && Arrays.equals(firstDay, keys.firstDay) && Arrays.equals(firstClaim, keys.firstClaim);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(id);
  }

  @Override
  public String toString() {
    return "NumberingKeys" + Arrays.toString(id);
  }
}
