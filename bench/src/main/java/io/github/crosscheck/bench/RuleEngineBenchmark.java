package io.github.crosscheck.bench;

import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule engine alone: {@code Checker.checkExtracted} (name unification, events, anchors,
 * occasions, every built-in rule, agreements) over {@link ClaimGenerator seeded synthetic claims}
 * of 10^3 to 10^6 claims, one thread. One operation checks the whole claim set; claims per second
 * is {@code claims / (seconds per operation)}.
 *
 * <p>A size whose single check runs longer than {@code -Dbench.maxCheckSeconds} (default 200) stops
 * its fork, so a super-linear engine cannot hold the whole run hostage; the results table then
 * shows that size as not finished.
 */
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RuleEngineBenchmark {
  /** The seed of every generated claim set, so runs compare. */
  static final long SEED = 20_260_101L;

  @Param({"1000", "10000", "100000", "1000000"})
  public int claims;

  private ClaimGenerator.Input input;
  private Checker checker;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "check-watchdog");
    thread.setDaemon(true);
    return thread;
  });
  private ScheduledFuture<?> alarm;

  @Setup(Level.Trial)
  public void generate() {
    input = new ClaimGenerator(SEED).generate(claims);
    checker = Checker.builder().build();
  }

  @Setup(Level.Invocation)
  public void arm() {
    long limit = Long.getLong("bench.maxCheckSeconds", 200);
    alarm = watchdog.schedule(() -> {
      System.err.printf(java.util.Locale.ROOT, "rule engine: one check of %d claims took longer than %d s; stopping this fork%n", claims, limit);
      System.err.flush();
      Runtime.getRuntime().halt(3);
    }, limit, TimeUnit.SECONDS);
  }

  @TearDown(Level.Invocation)
  public void disarm() {
    alarm.cancel(false);
  }

  @Benchmark
  public Report checkExtracted() {
    return checker.checkExtracted(input.documents(), input.claims());
  }
}
