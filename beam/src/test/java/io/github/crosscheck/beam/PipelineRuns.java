package io.github.crosscheck.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the whole pipeline on the DirectRunner, files in and files out, as {@link BeamMain} does. */
final class PipelineRuns {
  private PipelineRuns() {}

  static RunSummary run(Path feeds, Path output) {
    return run(feeds, output, 0);
  }

  static RunSummary run(Path feeds, Path output, int buckets) {
    CrosscheckOptions options = PipelineOptionsFactory.fromArgs(
            "--runner=DirectRunner", "--targetParallelism=2",
            "--input=" + feeds.resolve("*.jsonl"), "--output=" + output, "--shuffleBuckets=" + buckets)
        .withValidation().as(CrosscheckOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    CrosscheckPipeline.build(pipeline, options.getInput(), options.getOutput(),
        new ShuffleKeys(options.getShuffleBuckets()));
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new AssertionError("the pipeline ended " + state);
    }
    return RunSummary.of(result);
  }
}
