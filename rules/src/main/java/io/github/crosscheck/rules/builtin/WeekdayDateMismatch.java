package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.text.AsciiCase;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.Verdict;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document prints a weekday next to a date it does not fall on ("Monday, January 21, 2025"). */
public final class WeekdayDateMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("weekday-date-mismatch")
      .summary("A weekday is printed next to a date it does not fall on")
      .description("Inside one document, a weekday written right before a calendar date (\"Monday, January 20\", "
          + "\"Wednesday (Feb. 26)\") must be that date's weekday. The date's year is the one the text gives or, when "
          + "it gives none, the one resolved from the publication date.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2024-11-04] Results were certified {{on Tuesday, November 6, 2024}}.")
      .passes("[wire 2025-01-17] Xi will send his deputy to the inauguration on Monday, January 20.")
      .build();

  private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
          + "\\.?,?\\s*\\(?\\s*(?:the\\s+)?$");
  private static final Pattern WEEKDAY_INSIDE = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b,?\\s+(?=\\S*\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Claim claim : context.claims().all()) {
      if (!(claim.value() instanceof DateValue date) || date.granularity() != Granularity.DAY) {
        continue;
      }
      Optional<DayOfWeek> written = writtenWeekday(claim);
      if (written.isPresent() && written.get() != date.first().getDayOfWeek()) {
        ImmutableList<Claim> claims = ImmutableList.of(claim);
        findings.add(Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.95, claims), claims,
            Optional.empty(), Describe.claim(claim) + " calls " + Describe.day(date.first()) + " a "
                + name(written.get()) + ", but that date is a " + name(date.first().getDayOfWeek()) + "."));
      }
    }
    return ImmutableList.copyOf(findings);
  }

  /** A weekday written in the claim's phrase before its date, or right before the phrase. */
  private static Optional<DayOfWeek> writtenWeekday(Claim claim) {
    String quote = claim.evidence().quote();
    // Both patterns need a weekday's first three letters: most dates have none near them, and the scan is
    // far cheaper than the patterns.
    if (hasWeekdayPrefix(quote, 0, quote.length())) {
      Matcher inside = WEEKDAY_INSIDE.matcher(quote);
      if (inside.find()) {
        return weekday(inside.group(1));
      }
    }
    String sentence = claim.evidence().sentence();
    int at = claim.evidence().span().start() - claim.evidence().sentenceSpan().start();
    int from = Math.max(0, at - 16);
    int to = Math.max(0, at);
    if (!hasWeekdayPrefix(sentence, from, to)) {
      return Optional.empty();
    }
    Matcher matcher = WEEKDAY_BEFORE.matcher(sentence.substring(from, to));
    return matcher.find() ? weekday(matcher.group(1)) : Optional.empty();
  }

  /** Whether {@code text} between {@code from} and {@code to} holds "mon", "tue", "wed", "thu", "fri", "sat" or "sun", in any ASCII case. */
  private static boolean hasWeekdayPrefix(String text, int from, int to) {
    for (int i = from; i + 3 <= to; i++) {
      char a = AsciiCase.lower(text.charAt(i));
      char b = AsciiCase.lower(text.charAt(i + 1));
      char c = AsciiCase.lower(text.charAt(i + 2));
      boolean day = switch (a) {
        case 'm' -> b == 'o' && c == 'n';
        case 't' -> b == 'u' && c == 'e' || b == 'h' && c == 'u';
        case 'w' -> b == 'e' && c == 'd';
        case 'f' -> b == 'r' && c == 'i';
        case 's' -> b == 'a' && c == 't' || b == 'u' && c == 'n';
        default -> false;
      };
      if (day) {
        return true;
      }
    }
    return false;
  }

  private static Optional<DayOfWeek> weekday(String word) {
    String prefix = word.toLowerCase(Locale.ROOT).substring(0, 3);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
