package io.github.crosscheck.rules;

import java.util.Locale;

/**
 * What a finding says about the claims it cites, from the most to the least serious. Only the
 * first two count as contradictions; {@code DISTINCT_EVENTS} is reported so an editor does not
 * conflate two events that look alike.
 */
public enum Verdict {
  /** The same event or subject is established and the values cannot both hold. */
  CONTRADICTION,
  /** The values conflict if the claims are about the same thing, and that is uncertain. */
  POSSIBLE_CONTRADICTION,
  /** The claims look conflicting but describe different events. */
  DISTINCT_EVENTS;

  /** Made once: reports and rules ask for it per claim. */
  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** Whether this verdict counts as a contradiction (a {@code --fail-on} level can trip on it). */
  public boolean isContradiction() {
    return this != DISTINCT_EVENTS;
  }

  public String id() {
    return id;
  }
}
