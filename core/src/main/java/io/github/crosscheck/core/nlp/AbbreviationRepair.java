package io.github.crosscheck.core.nlp;

import io.github.crosscheck.core.text.ReusedMatcher;
import java.util.regex.Pattern;

/**
 * Decides whether a boundary the sentence model placed after a period is an abbreviation instead.
 * The statistical model splits "8 a.m. Eastern" and "Jan. 19" too eagerly; a boundary is undone
 * when the sentence before it ends with a title or month abbreviation (which never ends an English
 * sentence before a name or a number), or with an abbreviation such as "a.m." or "U.S." and the
 * next sentence does not start like one (lower case, a digit, a bracket, a time-zone word).
 */
final class AbbreviationRepair {
  private AbbreviationRepair() {}

  private static final Pattern NEVER_FINAL = Pattern.compile(
      "(?:^|[\\s(\\[“\"‘'])(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|Hon|Pres|Supt|Gov"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|approx|ca|Ft|Mt|St|Ave|Blvd)\\.$");

  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:^|[\\s(\\[“\"‘'])(?:(?:\\p{L}\\.){2,}|etc\\.|Inc\\.|Corp\\.|Co\\.|Ltd\\.|Jr\\.|Sr\\.)$");

  private static final Pattern CONTINUATION = Pattern.compile(
      "^(?:[\\p{Ll}\\p{N}(\\[,;:%]|(?:Eastern|Pacific|Central|Mountain|Atlantic|GMT|UTC|ET|EST|EDT|PT|PST|PDT"
          + "|CT|CST|CDT|BST|CET|CEST|local|Beijing|Tokyo|London|Moscow)\\b)");

  /** How many characters either side of a boundary the patterns read. */
  private static final int READ = 24;

  /** Each pattern's matcher of this thread, reset onto each boundary's text: a boundary allocates none. */
  private static final ReusedMatcher NEVER_FINAL_AT = new ReusedMatcher(NEVER_FINAL);
  private static final ReusedMatcher ABBREVIATION_AT = new ReusedMatcher(ABBREVIATION);
  private static final ReusedMatcher CONTINUATION_AT = new ReusedMatcher(CONTINUATION);

  /**
   * Whether the boundary between the sentences at {@code [beforeStart, beforeEnd)} and {@code [afterStart,
   * afterEnd)} of {@code text}
   * should be undone. The patterns read the last {@link #READ} characters before the boundary and the
   * first after it, without the whitespace at the boundary, as a region of the text (the region's bounds
   * are the input's, for anchors and word boundaries alike).
   */
  static boolean joins(String text, int beforeStart, int beforeEnd, int afterStart, int afterEnd) {
    int tailStart = Math.max(beforeStart, beforeEnd - READ);
    int tailEnd = beforeEnd;
    while (tailEnd > tailStart && Character.isWhitespace(text.charAt(tailEnd - 1))) {
      tailEnd--;
    }
    if (NEVER_FINAL_AT.on(text, tailStart, tailEnd).find()) {
      return true;
    }
    if (!ABBREVIATION_AT.on(text, tailStart, tailEnd).find()) {
      return false;
    }
    int headEnd = Math.min(afterEnd, afterStart + READ);
    int headStart = afterStart;
    while (headStart < headEnd && Character.isWhitespace(text.charAt(headStart))) {
      headStart++;
    }
    return CONTINUATION_AT.on(text, headStart, headEnd).find();
  }
}
