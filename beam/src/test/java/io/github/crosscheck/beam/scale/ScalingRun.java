package io.github.crosscheck.beam.scale;

import io.github.crosscheck.beam.CrosscheckOptions;
import io.github.crosscheck.beam.CrosscheckPipeline;
import io.github.crosscheck.beam.RunSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The scaling measurement: runs the pipeline on the DirectRunner over a generated corpus with a
 * given parallelism and prints documents per second (pipeline run to finish, JVM start and
 * graph construction excluded), the process CPU time and load average (the machine may be shared),
 * the peak used heap (sampled every 20 ms) and the run's summary, including the largest group. A measurement, not a test: nothing here asserts a time.
 *
 * <pre>{@code ScalingRun <input glob> <output dir> <targetParallelism> [extra Beam options...]}</pre>
 */
public final class ScalingRun {
  private ScalingRun() {}

  public static void main(String[] args) throws InterruptedException {
    List<String> beamArgs = new ArrayList<>(List.of("--runner=DirectRunner", "--input=" + args[0],
        "--output=" + args[1], "--targetParallelism=" + args[2]));
    beamArgs.addAll(List.of(args).subList(3, args.length));
    CrosscheckOptions options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new))
        .withValidation().as(CrosscheckOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    CrosscheckPipeline.build(pipeline, options.getInput(), options.getOutput(),
        new io.github.crosscheck.beam.ShuffleKeys(options.getShuffleBuckets()));

    AtomicLong peak = new AtomicLong();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    sampler.interrupt();
    sampler.join();

    RunSummary summary = RunSummary.of(result);
    System.out.println(summary.describe());
    System.out.printf(Locale.ROOT, "state %s, targetParallelism %s, %.1f s, %.1f documents/s, peak used heap %d MiB"
            + " (max heap %d MiB)%n", state, args[2], seconds, summary.documents() / seconds,
        peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    // The machine is shared: CPU time and the load average say how much of the wall time was ours.
    System.out.printf(Locale.ROOT, "process CPU %.1f s (%.1f documents per CPU-second), load average %.1f before,"
        + " %.1f after, %d cores%n", cpuSeconds, summary.documents() / cpuSeconds, loadBefore,
        os.getSystemLoadAverage(), os.getAvailableProcessors());
  }
}
