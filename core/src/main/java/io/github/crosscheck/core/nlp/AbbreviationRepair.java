package io.github.crosscheck.core.nlp;

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

  /** Whether the boundary between {@code before} and {@code after} should be undone. */
  static boolean joins(CharSequence before, CharSequence after) {
    String tail = tail(before);
    if (NEVER_FINAL.matcher(tail).find()) {
      return true;
    }
    return ABBREVIATION.matcher(tail).find() && CONTINUATION.matcher(head(after)).find();
  }

  private static String tail(CharSequence text) {
    int from = Math.max(0, text.length() - 24);
    return text.subSequence(from, text.length()).toString().stripTrailing();
  }

  private static String head(CharSequence text) {
    return text.subSequence(0, Math.min(text.length(), 24)).toString().stripLeading();
  }
}
