package io.github.crosscheck.docs;

import io.github.crosscheck.rules.BuiltinRules;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleExample;
import io.github.crosscheck.rules.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the rule catalogue (docs/rules.md) from the rules' own metadata — id, summary,
 * description, default verdict and the examples that run as tests — so the documentation cannot
 * drift from the code. {@link #main} rewrites the file; a test fails when the file is stale.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /** The catalogue of the given rules as Markdown. */
  public static String render(List<Rule> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# Rule catalogue\n\n")
        .append("Generated from the rules' own metadata by `io.github.crosscheck.docs.RuleCatalogue`; ")
        .append("do not edit by hand (`RuleCatalogueIsCurrentTest` fails when this file is stale). ")
        .append("Every example below runs as a test: a flagged example must produce a finding citing the ")
        .append("**marked** text, a passing example must produce none.\n\n| id | summary | default verdict |\n|---|---|---|\n");
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      md.append("| [`").append(info.id()).append("`](#").append(info.id()).append(") | ").append(info.summary())
          .append(" | ").append(info.severity().name()).append(" |\n");
    }
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      md.append("\n## ").append(info.id()).append("\n\n").append(info.summary()).append(".\n\n")
          .append(info.description()).append("\n\nDefault verdict: `").append(info.severity().name()).append("`.\n");
      examples(md, "Flagged", info.flags());
      examples(md, "Passes", info.passes());
    }
    return md.toString();
  }

  private static void examples(StringBuilder md, String title, List<RuleExample> examples) {
    int n = 1;
    for (RuleExample example : examples) {
      md.append("\n").append(title).append(" (example ").append(n++).append("):\n\n");
      for (RuleExample.Source source : example.sources()) {
        md.append("- *").append(source.name()).append(", published ")
            .append(source.published().map(Object::toString).orElse("unknown")).append("*: ")
            .append(source.written().replace("{{", "**").replace("}}", "**")).append('\n');
      }
    }
  }

  /** Rewrites the catalogue file, by default {@code docs/rules.md}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(out, render(BuiltinRules.all()), StandardCharsets.UTF_8);
  }
}
