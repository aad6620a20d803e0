package io.github.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.InputException.Problem;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.Normalizer;
import io.github.crosscheck.core.normalize.cases.NormalizationCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck normalize}: prints the normalized expressions of a text, one a line (kind, the
 * quoted text, the canonical value, the character span), or runs a file of benchmark cases and
 * writes one result per case with a per-kind and per-source accuracy summary.
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
  public Integer call() {
    PrintWriter writer = spec.commandLine().getOut();
    if (mode.cases != null) {
      writer.print(runCases());
    } else {
      Optional<PublicationTime> reference = reference();
      for (Expression e : Normalizer.english().find(mode.text, reference)) {
        writer.printf(Locale.ROOT, "%-9s %-28s %s  [%d,%d)%n", e.kind(), "\"" + e.text() + "\"",
            e.value().canonical().orElse("(unresolved: " + e.value() + ")"), e.span().start(), e.span().end());
      }
    }
    writer.flush();
    return Main.OK;
  }

  private Optional<PublicationTime> reference() {
    if (ref == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicationTime.parse(ref));
    } catch (DateTimeException e) {
      throw new ParameterException(spec.commandLine(), "invalid --ref \"" + ref + "\": " + e.getMessage());
    }
  }

  private String runCases() {
    if (out == null) {
      throw new ParameterException(spec.commandLine(), "--cases needs --out OUT.jsonl for the per-case results");
    }
    if (ref != null) {
      throw new ParameterException(spec.commandLine(), "--ref applies to TEXT; each case carries its own \"ref\"");
    }
    String source = mode.cases.toString();
    if (!Files.isRegularFile(mode.cases)) {
      throw InputException.of(Problem.MISSING_FILE, source, "no such cases file");
    }
    ReportOutput.of(out, List.of(mode.cases));
    try {
      return NormalizationCases.run(mode.cases, out).render();
    } catch (JsonProcessingException e) {
      throw InputException.of(Problem.MALFORMED_JSON, source, "malformed JSON in a case: " + e.getOriginalMessage());
    } catch (DateTimeException e) {
      throw InputException.of(Problem.INVALID_DATE, source, "a case has an invalid \"ref\": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageError("cannot run the cases of " + source + " into " + out + ": " + e);
    }
  }
}
