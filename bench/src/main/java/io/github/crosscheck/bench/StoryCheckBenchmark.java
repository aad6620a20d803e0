package io.github.crosscheck.bench;

import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end, warm: {@code Checker.check} of a ten-article story (the {@code two-calls} fixture's
 * four articles and six variants of them with other amounts), extraction included, with the
 * default one extraction thread and with two. Latency per story in milliseconds.
 */
@Fork(1)
// "Warm" means compiled: a story check runs most of the extractor's and the rules' code, which takes the
// JIT longer than two 2-second iterations to settle (the third to fifth still ran 2-4x faster).
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class StoryCheckBenchmark {
  static final String STORY = "two-calls";
  static final int ARTICLES = 10;

  private Story story;
  private Checker oneThread;
  private Checker twoThreads;

  @Setup(Level.Trial)
  public void load() {
    story = Corpus.story(STORY, ARTICLES);
    oneThread = Checker.builder().build();
    twoThreads = Checker.builder().threads(2).build();
  }

  @Benchmark
  public Report checkStory() {
    return oneThread.check(story);
  }

  @Benchmark
  public Report checkStory2Threads() {
    return twoThreads.check(story);
  }
}
