package io.github.crosscheck.rules;

import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.ClockTimeValue;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.DurationValue;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.normalize.MoneyValue;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.normalize.PercentUnit;
import io.github.crosscheck.core.normalize.PercentValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Words for explanations: dates as an editor writes them ("17 Jan 2025"), figures with grouping,
 * durations in words. Always English and independent of the JVM's default locale.
 */
public final class Describe {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  /** The month abbreviations {@link #DAY} writes ("Jan", ...), taken from it once. */
  private static final String[] MONTH_ABBREVIATIONS = new String[12];

  static {
    DateTimeFormatter abbreviation = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    for (java.time.Month month : java.time.Month.values()) {
      MONTH_ABBREVIATIONS[month.ordinal()] = abbreviation.format(month);
    }
  }

  private Describe() {}

  /** "17 Jan 2025": written directly for four-digit years, which is every year a story names. */
  public static String day(LocalDate date) {
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      return DAY.format(date);
    }
    return date.getDayOfMonth() + " " + MONTH_ABBREVIATIONS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** "17 Jan 2025", "January 2025", "2025", "12 Jan 2025 to 18 Jan 2025". */
  public static String days(Range<LocalDate> days) {
    LocalDate first = days.hasLowerBound() ? days.lowerEndpoint() : null;
    LocalDate last = days.hasUpperBound() ? days.upperEndpoint() : null;
    if (first == null && last == null) {
      return "any date";
    }
    if (first == null) {
      return "on or before " + day(last);
    }
    if (last == null) {
      return "on or after " + day(first);
    }
    if (first.equals(last)) {
      return day(first);
    }
    if (first.getDayOfMonth() == 1 && last.equals(first.plusMonths(1).minusDays(1))) {
      return MONTH.format(first);
    }
    if (first.getDayOfYear() == 1 && last.equals(first.plusYears(1).minusDays(1))) {
      return String.valueOf(first.getYear());
    }
    return day(first) + " to " + day(last);
  }

  /** A value in words. */
  public static String value(NormalizedValue value) {
    if (value instanceof DateValue date) {
      return date.granularity() == Granularity.DAY ? day(date.first()) : days(date.range());
    }
    if (value instanceof DerivedDate derived) {
      return derived.resolved().map(Describe::value)
          .orElse(derived.offset() + " from \"" + derived.anchorText() + "\" (anchor not dated)");
    }
    if (value instanceof ClockTimeValue clock) {
      return clock.time() + clock.zone().map(z -> " " + z.getId()).orElse("")
          + clock.instant().map(i -> " (" + i + ")").orElse("");
    }
    if (value instanceof DurationValue duration) {
      return duration.canonical().orElse(duration.toString());
    }
    if (value instanceof PercentValue percent) {
      return figure(percent.amount()) + (percent.unit() == PercentUnit.PERCENT ? "%" : " percentage points");
    }
    if (value instanceof MoneyValue money) {
      return money.currency() + " " + figure(money.amount());
    }
    if (value instanceof NumberValue number) {
      return figure(number);
    }
    return value.canonical().orElse("an unresolved date");
  }

  private static String figure(NumberValue number) {
    String base = grouped(number.value());
    String upper = number.upper().map(u -> " to " + grouped(u)).orElse("");
    String modifier = switch (number.modifier()) {
      case APPROXIMATE -> "about ";
      case NEARLY -> "nearly ";
      case MORE_THAN -> "more than ";
      case AT_LEAST -> "at least ";
      case LESS_THAN -> "less than ";
      case AT_MOST -> "at most ";
      default -> "";
    };
    return modifier + base + upper;
  }

  /** "1,234.5": thousands grouped, up to three decimals. */
  static String grouped(BigDecimal value) {
    return GROUPED.get().format(value);
  }

  /** A format is costly to make and not safe to share, so each thread keeps one. */
  private static final ThreadLocal<DecimalFormat> GROUPED =
      ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

  /** A publication time in words, or "undated". */
  public static String published(Optional<PublicationTime> time) {
    return time.map(t -> day(t.date())).orElse("publication date unknown");
  }

  /** {@code a.txt (17 Jan 2025): "first phone talks in four years"}. */
  public static String claim(Claim claim) {
    return claim.documentId() + " (" + published(claim.reference()) + "): \"" + claim.evidence().quote() + "\"";
  }
}
