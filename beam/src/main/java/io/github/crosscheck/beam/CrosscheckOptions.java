package io.github.crosscheck.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The pipeline's own options, next to the runner's ({@code --runner}, and for the DirectRunner
 * {@code --targetParallelism}). Paths go through Beam's file systems, so a local path, or a bucket
 * path when the runner has that file system, both work.
 */
public interface CrosscheckOptions extends PipelineOptions {
  @Description("The JSON Lines feeds to read: a file or a glob such as 'feeds/*.jsonl' (compressed files are "
      + "recognized by extension)")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("The directory to write findings-*.jsonl and errors-*.jsonl into")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Hash document ids and groups into this many shuffle keys (0: one key per id and per group, for "
      + "cluster runners; 64 to 1024 on the DirectRunner, whose cost is per key). Results are the same either way")
  @Default.Integer(0)
  int getShuffleBuckets();

  void setShuffleBuckets(int value);
}
