package io.github.crosscheck.rules;

import io.github.crosscheck.core.claim.Claim;
import java.util.regex.Pattern;

/**
 * Whether a claim's sentence says the date changed ("postponed", "extended", "moved", "originally"):
 * a changed date is an update, not a contradiction of the earlier one.
 */
public final class Changes {
  private static final Pattern CHANGED = Pattern.compile(
      "\\b(?:extend(?:ed|s)?|delay(?:ed|s)?|postpone(?:d|s)?|pushed back|brought forward|moved|reschedul(?:ed|es)"
          + "|new deadline|new date|original(?:ly)?|initial(?:ly)?|previous(?:ly)?|earlier deadline|was due"
          + "|had been due|had been (?:set|scheduled|planned)|revised)\\b",
      Pattern.CASE_INSENSITIVE);

  private Changes() {}

  public static boolean mentioned(Claim claim) {
    return CHANGED.matcher(claim.evidence().sentence()).find();
  }
}
