package io.github.crosscheck.rules.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.rules.Agreement;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.event.Event;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: the findings with verdict colours in a side panel,
 * the sources side by side (stacked on narrow screens) with claims highlighted by kind, a timeline
 * of events per subject, and the agreements. Clicking a finding (or an event or agreement) scrolls
 * every involved source to its evidence and highlights it.
 *
 * <p>Every piece of input text — article, id, outlet, URL, skipped-input message — is HTML-escaped;
 * a URL becomes a link only when it is http or https. The page loads nothing: a Content Security
 * Policy allows only its own inline style sheet and script (by hash), so even a mistake in escaping
 * could not run a script or reach the network. Highlights carry their claims ({@code data-claims},
 * claim references {@code c0}, {@code c1} … in report order) and their character offsets into the
 * document text ({@code data-start}, {@code data-end}, end exclusive). Thread-safe.
 */
public final class HtmlReport {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  private HtmlReport() {}

  public static String render(Report report) {
    Map<String, String> refs = new HashMap<>();
    for (Claim claim : report.claims()) {
      refs.putIfAbsent(claim.id(), "c" + refs.size());
    }
    StringBuilder html = new StringBuilder(16_384 + report.documents().stream().mapToInt(d -> d.text().length()).sum());
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.POLICY).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>crosscheck report</title>\n<style>").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n")
        .append("<header><h1>crosscheck report</h1><p class=\"summary\">").append(e(TextReport.summary(report)))
        .append("</p>");
    legend(html);
    html.append("</header>\n<div class=\"layout\">\n<aside class=\"panel\">\n<section id=\"findings\"><h2>Findings (")
        .append(report.findings().size()).append(")</h2>\n");
    if (report.findings().isEmpty()) {
      html.append("<p class=\"none\">No findings.</p>\n");
    }
    for (int i = 0; i < report.findings().size(); i++) {
      finding(html, report.findings().get(i), i + 1, refs);
    }
    html.append("</section>\n");
    skipped(html, report.skipped());
    html.append("</aside>\n<main>\n<section id=\"sources\"><h2>Sources</h2>\n<div class=\"columns\">\n");
    Map<String, List<Claim>> claimsByDocument = report.claims().stream()
        .collect(Collectors.groupingBy(Claim::documentId));
    for (Document document : report.documents()) {
      source(html, document, claimsByDocument.getOrDefault(document.id(), List.of()), refs);
    }
    html.append("</div>\n</section>\n<section id=\"timeline\"><h2>Timeline</h2>\n");
    timeline(html, report, refs);
    html.append("</section>\n<section id=\"agreements\"><h2>Agreements</h2>\n");
    agreements(html, report.agreements(), refs);
    html.append("</section>\n</main>\n</div>\n<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void legend(StringBuilder html) {
    html.append("<p class=\"legend\">Claims: ");
    for (ClaimKind kind : ClaimKind.values()) {
      html.append("<mark class=\"claim kind-").append(kind.id()).append("\">").append(kind.id().replace('_', ' '))
          .append("</mark> ");
    }
    html.append("</p>");
  }

  private static void finding(StringBuilder html, Finding finding, int number, Map<String, String> refs) {
    html.append("<article class=\"finding ").append(finding.verdict().id()).append("\" id=\"finding-").append(number)
        .append("\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\" data-rule=\"").append(e(finding.rule()))
        .append("\" data-claims=\"").append(refs(finding.claims(), refs)).append("\"><h3><span class=\"verdict\">")
        .append(finding.verdict().name().replace('_', ' ')).append("</span> <span class=\"rule\">")
        .append(e(finding.rule())).append("</span>")
        .append(String.format(Locale.ROOT, " <span class=\"confidence\">confidence %.2f</span>", finding.confidence()))
        .append("</h3><ul>");
    for (Claim claim : finding.claims()) {
      html.append("<li>").append(e(Describe.claim(claim))).append("</li>");
    }
    html.append("</ul><p class=\"explanation\">").append(e(finding.explanation())).append("</p></article>\n");
  }

  private static void skipped(StringBuilder html, List<InputException> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    html.append("<section id=\"skipped\"><h2>Skipped input (").append(skipped.size()).append(")</h2>\n<ul>");
    skipped.forEach(problem -> html.append("<li>").append(e(problem.getMessage())).append("</li>"));
    html.append("</ul>\n</section>\n");
  }

  private static void source(StringBuilder html, Document document, List<Claim> claims, Map<String, String> refs) {
    html.append("<div class=\"source\" data-document=\"").append(e(document.id())).append("\"><h3>")
        .append(e(document.id())).append("</h3><p class=\"meta\">")
        .append(e(document.outlet().orElse("unknown outlet"))).append(" · ")
        .append(e(Describe.published(document.published())));
    document.url().ifPresent(url -> {
      html.append(" · ");
      if (isWeb(url)) {
        html.append("<a rel=\"noopener noreferrer\" href=\"").append(e(url)).append("\">").append(e(url)).append("</a>");
      } else {
        html.append("<span class=\"url\">").append(e(url)).append("</span>");
      }
    });
    html.append("</p><div class=\"text\">");
    highlighted(html, document.text(), claims, refs);
    html.append("</div></div>\n");
  }

  /** Only http and https addresses become links: never javascript:, data: or a relative path. */
  private static boolean isWeb(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && url.chars().noneMatch(c -> c <= ' ');
  }

  /** The text cut at every claim boundary; each piece covered by claims is a mark naming them. */
  private static void highlighted(StringBuilder html, String text, List<Claim> claims, Map<String, String> refs) {
    List<Claim> inText = claims.stream().filter(c -> c.evidence().span().end() <= text.length()).toList();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    inText.forEach(c -> {
      cuts.add(c.evidence().span().start());
      cuts.add(c.evidence().span().end());
    });
    int start = cuts.first();
    for (int end : cuts.tailSet(start, false)) {
      int from = start;
      List<Claim> covering = inText.stream()
          .filter(c -> c.evidence().span().start() <= from && end <= c.evidence().span().end()).toList();
      String piece = e(text.substring(start, end));
      if (covering.isEmpty()) {
        html.append(piece);
      } else {
        html.append("<mark class=\"claim kind-").append(covering.get(0).kind().id()).append("\" data-claims=\"")
            .append(refs(covering, refs)).append("\" data-start=\"").append(start).append("\" data-end=\"").append(end)
            .append("\" title=\"").append(e(title(covering))).append("\">").append(piece).append("</mark>");
      }
      start = end;
    }
  }

  private static void timeline(StringBuilder html, Report report, Map<String, String> refs) {
    Map<String, List<Event>> bySubject = report.events().stream()
        .sorted(Comparator.comparing((Event ev) -> ev.days().map(d -> d.hasLowerBound() ? d.lowerEndpoint() : LocalDate.MIN)
            .orElse(LocalDate.MAX)).thenComparing(Event::id))
        .collect(Collectors.groupingBy(Event::subject, LinkedHashMap::new, Collectors.toList()));
    if (bySubject.isEmpty()) {
      html.append("<p class=\"none\">No events.</p>\n");
      return;
    }
    html.append("<div class=\"subjects\">\n");
    bySubject.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      html.append("<div class=\"subject\"><h3>").append(e(entry.getKey())).append("</h3><ol class=\"events\">");
      for (Event event : entry.getValue()) {
        html.append("<li class=\"event finding-link").append(event.isDated() ? "" : " undated")
            .append("\" tabindex=\"0\" role=\"button\" data-claims=\"").append(refs(event.claims(), refs))
            .append("\"><span class=\"when\">").append(e(event.days().map(Describe::days).orElse("undated")))
            .append("</span><span class=\"count\">").append(event.claims().size())
            .append(event.claims().size() == 1 ? " claim, " : " claims, ").append(event.documents().size())
            .append(event.documents().size() == 1 ? " source" : " sources").append("</span></li>");
      }
      html.append("</ol></div>\n");
    });
    html.append("</div>\n");
  }

  private static void agreements(StringBuilder html, List<Agreement> agreements, Map<String, String> refs) {
    if (agreements.isEmpty()) {
      html.append("<p class=\"none\">No agreements.</p>\n");
      return;
    }
    html.append("<ul>\n");
    for (Agreement agreement : agreements) {
      long sources = agreement.claims().stream().map(Claim::documentId).distinct().count();
      html.append("<li class=\"agreement finding-link\" tabindex=\"0\" role=\"button\" data-claims=\"")
          .append(refs(agreement.claims(), refs)).append("\">").append(e(agreement.subject())).append(" = <b>")
          .append(e(agreement.value())).append("</b> (").append(agreement.claims().size()).append(" claims in ")
          .append(sources).append(sources == 1 ? " source)" : " sources)").append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static String title(List<Claim> claims) {
    return claims.stream().map(c -> c.kind().id() + ": " + c.subject().key() + " = " + Describe.value(c.value())
        + " (" + c.modality().id() + ")").collect(Collectors.joining("\n"));
  }

  /** The page's references of the claims, space-separated; never input text, so safe in an attribute. */
  private static String refs(List<Claim> claims, Map<String, String> refs) {
    return claims.stream().map(c -> refs.get(c.id())).filter(r -> r != null).distinct()
        .collect(Collectors.joining(" "));
  }

  private static String e(String text) {
    return ESCAPE.escape(text);
  }
}
