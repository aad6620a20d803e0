package io.github.crosscheck.cli;

import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.Normalizer;
import io.github.crosscheck.core.normalize.cases.NormalizationCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck normalize}: prints the normalized expressions of a text, or runs a file of
 * benchmark cases and writes one result per case with a per-kind and per-source accuracy summary.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
    description = "Normalizes the dates, durations, numbers, percentages and amounts of a text.")
final class NormalizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Parameters(paramLabel = "TEXT", description = "The text to normalize.")
    String text;

    @Option(names = "--cases", paramLabel = "IN.jsonl", description = "Run every case of a benchmark file.")
    Path cases;
  }

  @Option(names = "--ref", paramLabel = "DATE-TIME",
      description = "The reference (publication) time, e.g. 2025-01-17 or 2025-01-17T11:03:00-05:00.")
  String ref;

  @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where --cases writes its results.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter writer = spec.commandLine().getOut();
    if (mode.cases != null) {
      if (out == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases needs --out OUT.jsonl");
      }
      writer.print(NormalizationCases.run(mode.cases, out).render());
      writer.flush();
      return 0;
    }
    Optional<PublicationTime> reference = ref == null ? Optional.empty() : Optional.of(PublicationTime.parse(ref));
    for (Expression e : Normalizer.english().find(mode.text, reference)) {
      writer.printf("%-9s %-28s %s  [%d,%d)%n", e.kind(), "\"" + e.text() + "\"",
          e.value().canonical().orElse("(unresolved: " + e.value() + ")"), e.span().start(), e.span().end());
    }
    writer.flush();
    return 0;
  }
}
