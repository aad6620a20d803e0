package io.github.crosscheck.bench;

import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rule engine alone: {@code Checker.checkExtracted} (name unification, events, anchors,
 * occasions, every built-in rule, agreements) over {@link ClaimGenerator seeded synthetic claims}
 * of 10^3 to 10^6 claims, one thread. One operation checks the whole claim set; claims per second
 * is {@code claims / (seconds per operation)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RuleEngineBenchmark {
  /** The seed of every generated claim set, so runs compare. */
  static final long SEED = 20_260_101L;

  @Param({"1000", "10000", "100000", "1000000"})
  public int claims;

  private ClaimGenerator.Input input;
  private Checker checker;

  @Setup(Level.Trial)
  public void generate() {
    input = new ClaimGenerator(SEED).generate(claims);
    checker = Checker.builder().build();
  }

  @Benchmark
  public Report checkExtracted() {
    return checker.checkExtracted(input.documents(), input.claims());
  }
}
