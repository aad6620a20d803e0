package io.github.crosscheck.core.normalize.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.ExpressionKind;
import io.github.crosscheck.core.normalize.Normalizer;
import io.github.crosscheck.core.text.TextSpan;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the normalizer over benchmark cases in the JSONL format of
 * {@code benchmarks/normalize/README.md}: each case's {@code text} is normalized against its
 * {@code ref} (a naive ref is a local time with no zone; null is an unknown publication time), the
 * expression of the case's kind overlapping {@code span} is picked (the first of that kind when the
 * span is empty), and its canonical value compared with {@code expected}: dates, date-times and
 * money as strings, numbers and percentages as decimals, durations by value (months, days,
 * seconds). Writes {@code {"id": ..., "got": ...}} per case. Stateless.
 */
public final class NormalizationCases {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NormalizationCases() {}

  /** Runs every case of {@code cases}, writes one result line per case to {@code out}, and returns the tallies. */
  public static Summary run(Path cases, Path out) throws IOException {
    return run(cases, out, Normalizer.english());
  }

  public static Summary run(Path cases, Path out, Normalizer normalizer) throws IOException {
    ImmutableList.Builder<CaseOutcome> outcomes = ImmutableList.builder();
    try (BufferedReader reader = Files.newBufferedReader(cases, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        CaseOutcome outcome = evaluate(JSON.readTree(line), normalizer);
        ObjectNode result = JSON.createObjectNode().put("id", outcome.id());
        result.put("got", outcome.got().orElse(null));
        writer.write(JSON.writeValueAsString(result));
        writer.newLine();
        outcomes.add(outcome);
      }
    }
    return new Summary(outcomes.build());
  }

  /** One case: normalize, pick, compare. */
  public static CaseOutcome evaluate(JsonNode c, Normalizer normalizer) {
    String text = c.path("text").asText();
    String kind = c.path("kind").asText();
    String expected = c.path("expected").asText();
    Optional<PublicationTime> ref = c.path("ref").isTextual()
        ? Optional.of(PublicationTime.parse(c.path("ref").asText())) : Optional.empty();
    String span = c.path("span").asText("");
    Optional<String> got = pick(normalizer.find(text, ref), text, span, kind(kind))
        .flatMap(e -> e.value().canonical());
    CaseOutcome.Verdict verdict = got.isEmpty() ? CaseOutcome.Verdict.MISSED
        : same(kind, expected, got.get()) ? CaseOutcome.Verdict.CORRECT : CaseOutcome.Verdict.WRONG;
    return new CaseOutcome(c.path("id").asText(), c.path("peer").asText(), kind, expected, got, verdict);
  }

  private static ExpressionKind kind(String kind) {
    return ExpressionKind.valueOf(kind.toUpperCase(Locale.ROOT));
  }

  /** The expression of the kind overlapping the span most (the first of the kind when the span is empty). */
  static Optional<Expression> pick(ImmutableList<Expression> found, String text, String span, ExpressionKind kind) {
    int at = span.isEmpty() ? -1 : locate(text, span);
    TextSpan target = at < 0 ? TextSpan.of(0, text.length()) : TextSpan.of(at, at + span.length());
    Expression best = null;
    int bestOverlap = 0;
    for (Expression e : found) {
      int overlap = Math.min(e.span().end(), target.end()) - Math.max(e.span().start(), target.start());
      if (e.kind() == kind && overlap > bestOverlap && (at >= 0 || best == null)) {
        best = e;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first occurrence of the span that does not start or end inside a word or a number ("4%" is not in "9.4%"). */
  static int locate(String text, String span) {
    int first = text.indexOf(span);
    for (int at = first; at >= 0; at = text.indexOf(span, at + 1)) {
      int end = at + span.length();
      boolean clearBefore = at == 0 || !Character.isLetterOrDigit(span.charAt(0)) || !joined(text, at - 1, -1);
      boolean clearAfter = end == text.length() || !Character.isLetterOrDigit(span.charAt(span.length() - 1))
          || !joined(text, end, 1);
      if (clearBefore && clearAfter) {
        return at;
      }
    }
    return first;
  }

  /** Whether the character at {@code k} continues a word or number: a letter, a digit, or a decimal point. */
  private static boolean joined(String text, int k, int away) {
    char c = text.charAt(k);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int next = k + away;
    return c == '.' && next >= 0 && next < text.length() && Character.isDigit(text.charAt(next));
  }

  static boolean same(String kind, String expected, String got) {
    return switch (kind) {
      case "number", "percent" -> decimal(expected).flatMap(e -> decimal(got).map(g -> g.compareTo(e) == 0))
          .orElse(false);
      case "duration" -> durationKey(expected).isPresent() && durationKey(expected).equals(durationKey(got));
      default -> expected.equals(got);
    };
  }

  private static Optional<BigDecimal> decimal(String s) {
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** (months, days, seconds) of an ISO-8601 duration such as P1Y6M, PT1H30M or P1DT2H. */
  static Optional<String> durationKey(String iso) {
    try {
      int t = iso.indexOf('T');
      Period p = t < 0 ? Period.parse(iso) : t == 1 ? Period.ZERO : Period.parse(iso.substring(0, t));
      Duration d = t < 0 ? Duration.ZERO : Duration.parse("P" + iso.substring(t));
      return Optional.of(p.toTotalMonths() + "/" + p.getDays() + "/" + d.toNanos());
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
