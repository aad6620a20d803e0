package io.github.crosscheck.rules.builtin;

import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.rules.ClaimValues;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a recency claim is about: its occasion (the occurrence it describes — a date in its
 * sentence, or the last date its document gave that event) and, from it, the quiet period and the
 * window for the previous occurrence.
 */
final class RecencyWindows {
  private RecencyWindows() {}

  /** The single day of the claim's occasion, when known. */
  static Optional<LocalDate> occasion(Claim claim) {
    return claim.recency().flatMap(Recency::occasion).flatMap(ClaimValues::days)
        .filter(r -> r.lowerEndpoint().equals(r.upperEndpoint()))
        .map(Range::lowerEndpoint);
  }

  static Optional<Range<LocalDate>> previous(Claim claim, LocalDate occasion) {
    return claim.recency().flatMap(r -> r.previousOccurrence(occasion));
  }

  static Optional<Range<LocalDate>> quiet(Claim claim, LocalDate occasion) {
    return claim.recency().flatMap(r -> r.quietPeriod(occasion));
  }

  /** Whether the claim states a gap ("in four years") rather than an anchor ("since 2021"). */
  static boolean hasGap(Claim claim) {
    return claim.recency().flatMap(Recency::gap).isPresent();
  }
}
