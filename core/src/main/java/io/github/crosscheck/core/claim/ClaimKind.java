package io.github.crosscheck.core.claim;

import java.util.Locale;

/** What a claim asserts. */
public enum ClaimKind {
  /** Something happened, or will happen, on a date: a call, a ruling, a visit. */
  EVENT_DATE,
  /** A deadline or the date something takes effect. */
  DEADLINE,
  /** How many of something: users, deaths, countries, jobs. */
  COUNT,
  /** A percentage or rate, such as a tariff or a turnout. */
  RATE,
  /** An amount of money and what it is for. */
  MONEY,
  /** The clock time of an event, with its zone. */
  CLOCK_TIME,
  /** "The first call in four years", "the first since 2021": when the previous occurrence was. */
  RECENCY,
  /** "Had been communicating with Xi since the election": contact since a time. */
  CONTACT;

  /** Made once: reports and rules ask for it per claim. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in reports and annotations ({@code event_date}). */
  public String id() {
    return id;
  }

  /**
   * The kind an annotation names: the {@link #id()} or an alias used in annotation files
   * ({@code percent} for rates, {@code contact_since} for contact).
   *
   * @throws IllegalArgumentException naming the unknown kind
   */
  public static ClaimKind fromId(String id) {
    return switch (id) {
      case "percent", "rate" -> RATE;
      case "contact_since", "contact" -> CONTACT;
      default -> {
        try {
          yield valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown claim kind \"" + id + "\"", e);
        }
      }
    };
  }
}
