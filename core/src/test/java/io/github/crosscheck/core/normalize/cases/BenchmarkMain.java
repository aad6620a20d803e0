package io.github.crosscheck.core.normalize.cases;

import java.nio.file.Path;

/** Development entry point: {@code BenchmarkMain CASES OUT [kind|peer|all]} prints the table and the failures. */
final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    Summary summary = NormalizationCases.run(Path.of(args[0]), Path.of(args[1]));
    String filter = args.length > 2 ? args[2] : "";
    if (!filter.isEmpty()) {
      for (CaseOutcome o : summary.outcomes()) {
        if (o.verdict() != CaseOutcome.Verdict.CORRECT && (filter.equals("all") || filter.equals(o.kind())
            || filter.equals(o.peer()))) {
          System.out.println(o.verdict() + "\t" + o.id() + "\t" + o.expected() + "\t" + o.got().orElse("-"));
        }
      }
    }
    System.out.println(summary.render());
  }
}
