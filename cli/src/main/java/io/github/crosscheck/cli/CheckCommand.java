package io.github.crosscheck.cli;

import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.CheckConfig;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.BuiltinRules;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.report.HtmlReport;
import io.github.crosscheck.rules.report.JsonReport;
import io.github.crosscheck.rules.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck check}: checks a story folder, article files or a JSON Lines feed. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the sources of a story against each other and reports contradictions and agreements.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, html }

  enum FailOn { contradiction, possible }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A story folder, article files, or a feed.jsonl.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path out;

  @Option(names = "--published", paramLabel = "FILE=DATE", description = "Set a document's publication date or time.")
  Map<String, String> published = new LinkedHashMap<>();

  @Option(names = "--no-published", description = "Ignore every publication date, to see the story without them.")
  boolean noPublished;

  @Option(names = "--rules", split = ",", paramLabel = "ID", description = "Run only these rules (comma-separated ids).")
  List<String> rules = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "A JSON configuration (see docs/configuration.md).")
  Path config;

  @Option(names = "--fail-on", defaultValue = "contradiction",
      description = "Exit 1 when a finding at this level or above is reported: contradiction or possible.")
  FailOn failOn;

  @Option(names = "--strict", description = "Stop at the first bad line of a feed instead of skipping it.")
  boolean strict;

  @Option(names = "--threads", defaultValue = "1", description = "Extract documents on this many threads.")
  int threads;

  @Override
  public Integer call() throws IOException {
    Story story = Inputs.withPublished(Inputs.load(inputs, strict), published, noPublished);
    CheckConfig checkConfig = config == null ? CheckConfig.DEFAULT : ConfigFile.read(config);
    if (!rules.isEmpty()) {
      CheckConfig.Builder builder = checkConfig.toBuilder();
      for (Rule rule : BuiltinRules.all()) {
        if (!rules.contains(rule.info().id())) {
          builder.disable(rule.info().id());
        }
      }
      for (String id : rules) {
        if (BuiltinRules.all().stream().noneMatch(r -> r.info().id().equals(id))) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown rule \"" + id + "\" in --rules");
        }
      }
      checkConfig = builder.build();
    }
    if (story.documents().size() > 5) {
      spec.commandLine().getErr().println("crosscheck: checking " + story.documents().size() + " documents"
          + (story.skipped().isEmpty() ? "" : " (" + story.skipped().size() + " skipped)") + "…");
    }
    Report report = Checker.builder().config(checkConfig).threads(threads).build().check(story);
    String rendered = switch (format) {
      case text -> TextReport.render(report);
      case json -> JsonReport.render(report);
      case html -> HtmlReport.render(report);
    };
    if (out == null) {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(rendered);
      writer.flush();
    } else {
      Files.writeString(out, rendered, StandardCharsets.UTF_8);
    }
    Verdict level = failOn == FailOn.possible ? Verdict.POSSIBLE_CONTRADICTION : Verdict.CONTRADICTION;
    return report.hasFindingAtLeast(level) ? 1 : 0;
  }
}
