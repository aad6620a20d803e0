package io.github.crosscheck.rules.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.rules.Agreement;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page (no network): the sources side by side (stacked on
 * narrow screens) with claims highlighted by kind, the findings with verdict colours — clicking one
 * scrolls every involved source to its evidence and highlights it — agreements, and a timeline of
 * events per subject. Every piece of input text, outlet and URL is escaped; a URL becomes a link
 * only when it is http or https. Thread-safe.
 */
public final class HtmlReport {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  private HtmlReport() {}

  public static String render(Report report) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>crosscheck report</title>\n<style>\n").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n")
        .append("<header><h1>crosscheck report</h1><p class=\"summary\">").append(e(TextReport.summary(report)))
        .append("</p></header>\n<main>\n<section id=\"findings\"><h2>Findings</h2>\n");
    if (report.findings().isEmpty()) {
      html.append("<p>No findings.</p>\n");
    }
    for (Finding finding : report.findings()) {
      findingCard(html, finding);
    }
    html.append("</section>\n<section id=\"sources\"><h2>Sources</h2>\n<div class=\"columns\">\n");
    Map<String, List<Claim>> claimsByDocument = report.claims().stream()
        .collect(Collectors.groupingBy(Claim::documentId));
    for (Document document : report.documents()) {
      source(html, document, claimsByDocument.getOrDefault(document.id(), List.of()));
    }
    html.append("</div>\n</section>\n<section id=\"agreements\"><h2>Agreements</h2>\n<ul>\n");
    for (Agreement agreement : report.agreements()) {
      html.append("<li class=\"finding-link\" data-claims=\"").append(e(ids(agreement.claims()))).append("\">")
          .append(e(agreement.subject())).append(" = <b>").append(e(agreement.value())).append("</b> (")
          .append(agreement.claims().size()).append(" claims)</li>\n");
    }
    html.append("</ul>\n</section>\n<section id=\"timeline\"><h2>Timeline</h2>\n");
    timeline(html, report);
    html.append("</section>\n</main>\n<script>\n").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void findingCard(StringBuilder html, Finding finding) {
    String verdict = finding.verdict().id();
    html.append("<article class=\"finding ").append(verdict).append("\" tabindex=\"0\" data-claims=\"")
        .append(e(ids(finding.claims()))).append("\" id=\"finding-").append(e(finding.id())).append("\">")
        .append("<h3><span class=\"verdict\">").append(finding.verdict().name()).append("</span> ")
        .append(e(finding.rule())).append(String.format(Locale.ROOT, " <span class=\"confidence\">%.2f</span>",
            finding.confidence())).append("</h3><ul>");
    for (Claim claim : finding.claims()) {
      html.append("<li>").append(e(Describe.claim(claim))).append("</li>");
    }
    html.append("</ul><p>").append(e(finding.explanation())).append("</p></article>\n");
  }

  private static void source(StringBuilder html, Document document, List<Claim> claims) {
    html.append("<div class=\"source\" data-document=\"").append(e(document.id())).append("\"><h3>")
        .append(e(document.id())).append("</h3><p class=\"meta\">").append(e(document.outlet().orElse("unknown outlet")))
        .append(" · ").append(e(Describe.published(document.published())));
    document.url().ifPresent(url -> {
      boolean web = url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
      html.append(" · ");
      if (web) {
        html.append("<a rel=\"noopener noreferrer\" href=\"").append(e(url)).append("\">").append(e(url)).append("</a>");
      } else {
        html.append(e(url));
      }
    });
    html.append("</p><div class=\"text\">");
    highlighted(html, document.text(), claims);
    html.append("</div></div>\n");
  }

  /** The text cut at every claim boundary; each piece covered by claims is a mark naming them. */
  private static void highlighted(StringBuilder html, String text, List<Claim> claims) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Claim claim : claims) {
      if (claim.evidence().span().end() <= text.length()) {
        cuts.add(claim.evidence().span().start());
        cuts.add(claim.evidence().span().end());
      }
    }
    Integer start = cuts.first();
    for (Integer end : cuts.tailSet(start, false)) {
      List<Claim> covering = new ArrayList<>();
      for (Claim claim : claims) {
        if (claim.evidence().span().start() <= start && end <= claim.evidence().span().end()) {
          covering.add(claim);
        }
      }
      String piece = e(text.substring(start, end));
      if (covering.isEmpty()) {
        html.append(piece);
      } else {
        html.append("<mark class=\"claim kind-").append(covering.get(0).kind().id()).append("\" data-claims=\"")
            .append(e(ids(covering))).append("\" title=\"").append(e(title(covering))).append("\">")
            .append(piece).append("</mark>");
      }
      start = end;
    }
  }

  private static void timeline(StringBuilder html, Report report) {
    Map<String, List<Event>> bySubject = report.events().stream()
        .collect(Collectors.groupingBy(Event::subject, java.util.LinkedHashMap::new, Collectors.toList()));
    html.append("<dl>\n");
    bySubject.forEach((subject, events) -> {
      html.append("<dt>").append(e(subject)).append("</dt>");
      for (Event event : events) {
        html.append("<dd class=\"finding-link\" data-claims=\"").append(e(ids(event.claims()))).append("\">")
            .append(e(event.days().map(Describe::days).orElse("undated"))).append(" — ").append(event.claims().size())
            .append(" claims from ").append(event.documents().size()).append(" sources</dd>");
      }
      html.append('\n');
    });
    html.append("</dl>\n");
  }

  private static String title(List<Claim> claims) {
    return claims.stream().map(c -> c.kind().id() + ": " + c.subject().key() + " = " + Describe.value(c.value())
        + " (" + c.modality().id() + ")").collect(Collectors.joining("\n"));
  }

  private static String ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).collect(Collectors.joining(" "));
  }

  private static String e(String text) {
    return ESCAPE.escape(text);
  }
}
