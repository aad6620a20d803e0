package io.github.crosscheck.bench;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimExtractor;
import io.github.crosscheck.core.nlp.AnnotatedText;
import io.github.crosscheck.core.nlp.TextPipeline;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full extraction, document to claims ({@code ClaimExtractor.english().extract}), one
 * article-sized document of the shared corpus per operation, on one and on two threads sharing one
 * extractor; and the library's own full annotation ({@code TextPipeline.annotate}: sentences,
 * tokens, tags with spans into the text) for comparison with the raw OpenNLP floor.
 */
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  /** The extractor and pipeline, created (and their models loaded) once per fork. */
  @State(Scope.Benchmark)
  public static class Extractor {
    ClaimExtractor extractor;
    TextPipeline pipeline;

    @Setup(Level.Trial)
    public void create() {
      extractor = ClaimExtractor.english();
      pipeline = TextPipeline.english();
    }
  }

  @Benchmark
  public ImmutableList<Claim> extract(CorpusInput.Shared shared, CorpusInput input, Extractor e) {
    return e.extractor.extract(input.next(shared));
  }

  @Benchmark
  @Threads(2)
  public ImmutableList<Claim> extract2Threads(CorpusInput.Shared shared, CorpusInput input, Extractor e) {
    return e.extractor.extract(input.next(shared));
  }

  @Benchmark
  public AnnotatedText pipelineAnnotate(CorpusInput.Shared shared, CorpusInput input, Extractor e) {
    return e.pipeline.annotate(input.next(shared).text());
  }
}
