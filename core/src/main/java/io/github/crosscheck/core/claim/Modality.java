package io.github.crosscheck.core.claim;

import java.util.Locale;

/** How firmly a source states a claim. Everything but {@code ASSERTED} lowers a finding's confidence. */
public enum Modality {
  /** Stated as fact in the source's own voice. */
  ASSERTED,
  /** Attributed or hedged: "reportedly", "according to", "officials said". */
  REPORTED,
  /** Inside a quotation. */
  QUOTED,
  /** A threat: "has threatened tariffs of 60 percent". */
  THREATENED,
  /** A plan or expectation: "will visit", "is set to attend", "is expected". */
  PLANNED,
  /** Denied: "did not take place on Monday". */
  NEGATED;

  /** Made once: reports and rules ask for it per claim. */
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }
}
