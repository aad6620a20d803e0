package io.github.crosscheck.beam;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The counts of a finished run, read from the pipeline's metrics (attempted values, which the
 * DirectRunner reports exactly): documents read, bad lines, duplicates, extraction and group
 * failures, groups, the largest group (claims and documents) and findings. Immutable.
 */
public record RunSummary(long documents, long badLines, long duplicates, long extractionFailures, long groups,
    long largestGroupClaims, long largestGroupDocuments, long claims, long findings, long groupFailures) {

  /** The summary of a finished run. */
  public static RunSummary of(PipelineResult result) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    DistributionResult groupClaims = distribution(metrics, CheckGroupFn.class, "groupClaims");
    DistributionResult groupDocuments = distribution(metrics, CheckGroupFn.class, "groupDocuments");
    return new RunSummary(
        counter(metrics, ReadFeedFn.class, "documents"),
        counter(metrics, ReadFeedFn.class, "badLines"),
        counter(metrics, FirstReadFn.class, "duplicates"),
        counter(metrics, ExtractFn.class, "extractionFailures"),
        groupClaims.getCount(),
        groupClaims.getCount() == 0 ? 0 : groupClaims.getMax(),
        groupDocuments.getCount() == 0 ? 0 : groupDocuments.getMax(),
        distribution(metrics, ExtractFn.class, "claimsPerDocument").getSum(),
        counter(metrics, CheckGroupFn.class, "findings"),
        counter(metrics, CheckGroupFn.class, "groupFailures"));
  }

  private static long counter(MetricQueryResults metrics, Class<?> namespace, String name) {
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      if (matches(counter, namespace, name)) {
        total += counter.getAttempted();
      }
    }
    return total;
  }

  private static DistributionResult distribution(MetricQueryResults metrics, Class<?> namespace, String name) {
    DistributionResult total = DistributionResult.IDENTITY_ELEMENT;
    for (MetricResult<DistributionResult> d : metrics.getDistributions()) {
      if (matches(d, namespace, name)) {
        DistributionResult a = d.getAttempted();
        total = DistributionResult.create(total.getSum() + a.getSum(), total.getCount() + a.getCount(),
            Math.min(total.getMin(), a.getMin()), Math.max(total.getMax(), a.getMax()));
      }
    }
    return total;
  }

  private static boolean matches(MetricResult<?> metric, Class<?> namespace, String name) {
    return metric.getName().getNamespace().equals(namespace.getName()) && metric.getName().getName().equals(name);
  }

  /** One line per count, for people. */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "documents %d, bad lines %d, duplicates %d, extraction failures %d, claims %d%n"
            + "groups %d, largest group %d claims / %d documents, findings %d, group failures %d",
        documents, badLines, duplicates, extractionFailures, claims, groups, largestGroupClaims,
        largestGroupDocuments, findings, groupFailures);
  }
}
