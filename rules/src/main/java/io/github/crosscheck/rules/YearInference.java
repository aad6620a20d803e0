package io.github.crosscheck.rules;

import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether two dates disagree only because a year was inferred: "a February deadline" and "expired in
 * February" name the same month, and which February a writer meant is a reading, not a fact. When
 * one of the texts gives no year and moving that date by a year makes the two agree, the conflict is
 * the normalizer's guess, not the sources', and no rule reports it.
 */
public final class YearInference {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20|21)\\d\\d(?!\\d)|'\\d\\d\\b");

  private YearInference() {}

  public static boolean explains(Claim a, Claim b) {
    return explains(a, ClaimValues.days(a), b, ClaimValues.days(b)) || explains(b, ClaimValues.days(b), a,
        ClaimValues.days(a));
  }

  private static boolean explains(Claim guessed, Optional<Range<LocalDate>> days, Claim other,
      Optional<Range<LocalDate>> otherDays) {
    if (days.isEmpty() || otherDays.isEmpty() || YEAR.matcher(guessed.evidence().quote()).find()) {
      return false;
    }
    for (int shift : new int[] {-1, 1}) {
      Range<LocalDate> moved = Range.closed(days.get().lowerEndpoint().plusYears(shift),
          days.get().upperEndpoint().plusYears(shift));
      if (Intervals.overlap(moved, otherDays.get())) {
        return true;
      }
    }
    return false;
  }
}
