package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.stream.Collectors;

/**
 * What a claim is about, normalized so that sources can be compared: a predicate (an event type
 * such as {@code call} or {@code inauguration}, a deadline such as {@code takes effect}, or the
 * thing measured such as {@code users}, {@code deaths}, {@code tariff}), the entities taking part
 * or qualifying it, and an optional free qualifier. Immutable.
 */
public record Subject(String predicate, ImmutableSortedSet<Entity> participants, String qualifier) {
  public Subject {
    requireNonNull(predicate, "predicate");
    requireNonNull(participants, "participants");
    requireNonNull(qualifier, "qualifier");
  }

  public static Subject of(String predicate, Iterable<Entity> participants) {
    return new Subject(predicate, ImmutableSortedSet.copyOf(participants), "");
  }

  /** The same subject with other participants. */
  public Subject withParticipants(Iterable<Entity> others) {
    return new Subject(predicate, ImmutableSortedSet.copyOf(others), qualifier);
  }

  /** A readable, stable key: {@code call [Donald Trump, Xi Jinping]}. */
  public String key() {
    String names = participants.stream().map(Entity::name).collect(Collectors.joining(", ", "[", "]"));
    return qualifier.isEmpty() ? predicate + " " + names : predicate + " " + names + " " + qualifier;
  }

  @Override
  public String toString() {
    return key();
  }
}
