package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.text.TextSpan;
import java.time.Period;
import java.util.Optional;

/** Values for anchors that name an event rather than a date ("since he left office"). */
final class Anchors {
  private Anchors() {}

  /**
   * The date of the anchor event, not yet known: a derived date with no offset, which a later stage
   * resolves when the story dates that event elsewhere.
   */
  static DerivedDate undated(TextSpan anchor, String text) {
    return new DerivedDate(Period.ZERO, anchor, text, Optional.empty(), Optional.empty(), Modifier.SINCE);
  }
}
