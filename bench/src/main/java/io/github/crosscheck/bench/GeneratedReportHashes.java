package io.github.crosscheck.bench;

import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.report.JsonReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Prints a SHA-256 of the JSON report of {@link ClaimGenerator generated claim sets} of the given
 * sizes (default 1000, 10000 and 100000 claims), so two versions of the rule engine can be shown to
 * give identical reports.
 */
public final class GeneratedReportHashes {
  private GeneratedReportHashes() {}

  public static void main(String[] args) throws Exception {
    String[] sizes = args.length == 0 ? new String[] {"1000", "10000", "100000"} : args;
    Checker checker = Checker.builder().build();
    for (String size : sizes) {
      int n = Integer.parseInt(size);
      ClaimGenerator.Input input = new ClaimGenerator(RuleEngineBenchmark.SEED).generate(n);
      String json = JsonReport.render(checker.checkExtracted(input.documents(), input.claims()));
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      System.out.println(n + " " + HexFormat.of().formatHex(digest));
    }
  }
}
