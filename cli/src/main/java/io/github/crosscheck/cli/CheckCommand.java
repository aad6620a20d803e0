package io.github.crosscheck.cli;

import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.LoadLimits;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.BuiltinRules;
import io.github.crosscheck.rules.CheckConfig;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.report.HtmlReport;
import io.github.crosscheck.rules.report.JsonReport;
import io.github.crosscheck.rules.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck check}: checks a story folder, article files or a JSON Lines feed. Options are
 * validated before any input is read; skipped feed lines are listed on standard error as well as
 * in the report.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the sources of a story against each other and reports contradictions and agreements.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:nothing at or above the --fail-on level was found",
        "1:a finding at or above the --fail-on level was found",
        "2:usage or input error (the message names the file and position)",
        "3:internal error (please report it)"})
final class CheckCommand implements Callable<Integer> {
  /** How many skipped feed lines are listed on standard error; the report lists them all. */
  static final int SKIPPED_SHOWN = 10;

  enum Format { text, json, html }

  enum FailOn { contradiction, possible }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A story folder, article files, or a feed.jsonl.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path out;

  @Option(names = "--published", paramLabel = "FILE=DATE",
      description = "Set a document's publication date or time (repeatable): a.txt=2025-01-17.")
  Map<String, String> published = new LinkedHashMap<>();

  @Option(names = "--no-published",
      description = "Ignore every publication date (but those given with --published), to see the story without them.")
  boolean noPublished;

  @Option(names = "--rules", split = ",", paramLabel = "ID", description = "Run only these rules (comma-separated ids).")
  List<String> rules = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "A JSON configuration (see docs/configuration.md).")
  Path config;

  @Option(names = "--fail-on", defaultValue = "contradiction", paramLabel = "LEVEL",
      description = "Exit 1 when a finding at this level or above is reported: contradiction or possible "
          + "(default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--strict", description = "Stop at the first bad line of a feed instead of skipping it.")
  boolean strict;

  @Option(names = "--max-document-chars", paramLabel = "N",
      description = "Refuse an article longer than this many characters (default: "
          + LoadLimits.DEFAULT_MAX_DOCUMENT_CHARS + ").")
  Integer maxDocumentChars;

  @Option(names = "--max-documents", paramLabel = "N",
      description = "Refuse inputs holding more than this many documents in all (default: "
          + LoadLimits.DEFAULT_MAX_DOCUMENTS + ").")
  Integer maxDocuments;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Extract documents on this many threads (default: ${DEFAULT-VALUE}).")
  int threads;

  private LoadLimits limits() {
    LoadLimits limits = LoadLimits.DEFAULT;
    try {
      limits = maxDocumentChars == null ? limits : limits.withMaxDocumentChars(maxDocumentChars);
      return maxDocuments == null ? limits : limits.withMaxDocuments(maxDocuments);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    CheckConfig checkConfig = onlyRules(config == null ? CheckConfig.DEFAULT : ConfigFile.read(config));
    ReportOutput output = ReportOutput.of(out, inputs);
    Story story = Inputs.withPublished(Inputs.load(inputs, strict, limits()), published, noPublished);
    PrintWriter err = spec.commandLine().getErr();
    listSkipped(story, err);
    if (story.documents().isEmpty()) {
      throw new UsageError("nothing to check: no article in "
          + inputs.stream().map(Path::toString).collect(Collectors.joining(", "))
          + (story.skipped().isEmpty() ? " (a story folder holds *.txt files)" : " could be read"));
    }
    Checker checker = Checker.builder().config(checkConfig).threads(threads).build();
    Report report = new ProgressCheck(checker, threads, err).check(story);
    output.write(render(report), spec.commandLine().getOut());
    Verdict level = failOn == FailOn.possible ? Verdict.POSSIBLE_CONTRADICTION : Verdict.CONTRADICTION;
    return report.hasFindingAtLeast(level) ? Main.FOUND : Main.OK;
  }

  /** Applies {@code --rules}: every rule not named is disabled; an unknown id is a usage error. */
  private CheckConfig onlyRules(CheckConfig checkConfig) {
    if (rules.isEmpty()) {
      return checkConfig;
    }
    List<String> known = BuiltinRules.all().stream().map(r -> r.info().id()).toList();
    for (String id : rules) {
      if (!known.contains(id)) {
        throw new ParameterException(spec.commandLine(),
            "unknown rule \"" + id + "\" in --rules (rules: " + String.join(", ", known) + ")");
      }
    }
    CheckConfig.Builder builder = checkConfig.toBuilder();
    for (Rule rule : BuiltinRules.all()) {
      if (!rules.contains(rule.info().id())) {
        builder.disable(rule.info().id());
      }
    }
    return builder.build();
  }

  private static void listSkipped(Story story, PrintWriter err) {
    List<InputException> skipped = story.skipped();
    skipped.stream().limit(SKIPPED_SHOWN).forEach(e -> err.println("crosscheck: skipped " + e.getMessage()));
    if (skipped.size() > SKIPPED_SHOWN) {
      err.println("crosscheck: … and " + (skipped.size() - SKIPPED_SHOWN) + " more skipped (the report lists all "
          + skipped.size() + ")");
    }
    if (!skipped.isEmpty()) {
      err.println("crosscheck: use --strict to stop at the first bad line instead");
    }
    err.flush();
  }

  private String render(Report report) {
    return switch (format) {
      case text -> TextReport.render(report);
      case json -> JsonReport.render(report);
      case html -> HtmlReport.render(report);
    };
  }
}
