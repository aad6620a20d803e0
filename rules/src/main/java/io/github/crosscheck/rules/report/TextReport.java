package io.github.crosscheck.rules.report;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.rules.Agreement;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.event.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as plain text for a terminal or an e-mail: findings grouped by subject, each with its
 * verdict, confidence, every source's quote and the explanation; then agreements, the events of
 * each subject in date order, and a one-line summary. Thread-safe.
 */
public final class TextReport {
  private TextReport() {}

  public static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("crosscheck: ").append(report.documents().size()).append(" documents, ")
        .append(report.claims().size()).append(" claims, ").append(report.events().size()).append(" events\n");
    report.skipped().forEach(e -> out.append("  skipped ").append(e.getMessage()).append('\n'));
    out.append('\n');
    if (report.findings().isEmpty()) {
      out.append("No findings.\n\n");
    } else {
      out.append("FINDINGS\n");
      Map<String, List<Finding>> bySubject = report.findings().stream().collect(Collectors.groupingBy(
          f -> f.claims().get(0).subject().key(), LinkedHashMap::new, Collectors.toList()));
      bySubject.forEach((subject, findings) -> {
        out.append("\n  ").append(subject).append('\n');
        findings.forEach(f -> finding(out, f));
      });
      out.append('\n');
    }
    if (!report.agreements().isEmpty()) {
      out.append("AGREEMENTS\n");
      for (Agreement agreement : report.agreements()) {
        long sources = agreement.claims().stream().map(Claim::documentId).distinct().count();
        out.append("  ").append(agreement.subject()).append(" = ").append(agreement.value()).append("  (")
            .append(agreement.claims().size()).append(" claims in ").append(sources).append(" sources)\n");
      }
      out.append('\n');
    }
    timelines(out, report);
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  private static void finding(StringBuilder out, Finding finding) {
    out.append("    [").append(finding.verdict().name()).append("] ").append(finding.rule())
        .append(String.format(Locale.ROOT, "  confidence %.2f", finding.confidence())).append('\n');
    for (Claim claim : finding.claims()) {
      out.append("      ").append(Describe.claim(claim)).append("  @").append(claim.evidence().span().start())
          .append('-').append(claim.evidence().span().end()).append('\n');
    }
    out.append("      ").append(finding.explanation()).append('\n');
  }

  private static void timelines(StringBuilder out, Report report) {
    Map<String, List<Event>> bySubject = report.events().stream().filter(e -> e.documents().size() > 0)
        .collect(Collectors.groupingBy(Event::subject, LinkedHashMap::new, Collectors.toList()));
    if (bySubject.isEmpty()) {
      return;
    }
    out.append("TIMELINES\n");
    bySubject.forEach((subject, events) -> {
      out.append("  ").append(subject).append(": ");
      out.append(events.stream().map(e -> e.days().map(Describe::days).orElse("undated") + " (" + e.claims().size()
          + " claims, " + e.documents().size() + " sources)").collect(Collectors.joining("; "))).append('\n');
    });
    out.append('\n');
  }

  /** "0 contradictions, 1 possible, 1 distinct events, 4 agreements in 5 documents (0 skipped)". */
  public static String summary(Report report) {
    return String.format(Locale.ROOT,
        "Summary: %d contradictions, %d possible contradictions, %d distinct events, %d agreements in %d documents"
            + " (%d skipped, %d findings suppressed).",
        report.findings(Verdict.CONTRADICTION).size(), report.findings(Verdict.POSSIBLE_CONTRADICTION).size(),
        report.findings(Verdict.DISTINCT_EVENTS).size(), report.agreements().size(), report.documents().size(),
        report.skipped().size(), report.suppressed());
  }
}
