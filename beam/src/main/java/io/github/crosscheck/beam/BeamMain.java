package io.github.crosscheck.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Runs the crosscheck pipeline from the command line:
 *
 * <pre>{@code
 * BeamMain --input='feeds/*.jsonl' --output=out/ --runner=DirectRunner [--targetParallelism=2] [--shuffleBuckets=256]
 * }</pre>
 *
 * <p>Any runner on the classpath works ({@code --runner=FlinkRunner}, {@code SparkRunner}) with its
 * own options. Waits for the run, then prints its {@link RunSummary} to standard error; exits 0
 * when the run finished (bad documents are in the errors output, not a failure), 1 otherwise.
 */
public final class BeamMain {
  private BeamMain() {}

  public static void main(String[] args) {
    PipelineOptionsFactory.register(CrosscheckOptions.class);
    CrosscheckOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(CrosscheckOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    CrosscheckPipeline.build(pipeline, options.getInput(), options.getOutput(),
        new ShuffleKeys(options.getShuffleBuckets()));
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    System.err.println("crosscheck beam: " + state);
    System.err.println(RunSummary.of(result).describe());
    if (state != PipelineResult.State.DONE) {
      System.exit(1);
    }
  }
}
