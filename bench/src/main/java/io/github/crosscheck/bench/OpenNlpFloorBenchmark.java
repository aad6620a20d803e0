package io.github.crosscheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The OpenNLP floor: raw OpenNLP 2.5 with the same English 1.3.0 models {@code TextPipeline}
 * loads, one document per operation: sentence detection; sentences then tokens; sentences, tokens
 * and POS tags. Any claim extraction that needs tokens and tags of every sentence cannot beat the
 * last of these, so extraction targets are stated as ratios to it. Each thread has its own
 * {@code *ME} instances (they are not thread-safe); the models are shared.
 */
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 3, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OpenNlpFloorBenchmark {

  /** The three models, loaded once per fork. */
  @State(Scope.Benchmark)
  public static class Models {
    SentenceModel sentences;
    TokenizerModel tokens;
    POSModel tags;

    @Setup(Level.Trial)
    public void load() {
      sentences = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
      tokens = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
      tags = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private interface Reader<M> {
      M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
      try (InputStream in = Models.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load " + resource, e);
      }
    }
  }

  /** One thread's detector, tokenizer and tagger. */
  @State(Scope.Thread)
  public static class Tools {
    SentenceDetectorME sentences;
    TokenizerME tokenizer;
    POSTaggerME tagger;

    @Setup(Level.Trial)
    public void create(Models models) {
      sentences = new SentenceDetectorME(models.sentences);
      tokenizer = new TokenizerME(models.tokens);
      tagger = new POSTaggerME(models.tags, POSTagFormat.UD);
    }
  }

  @Benchmark
  public Span[] sentences(CorpusInput.Shared shared, CorpusInput input, Tools tools) {
    return tools.sentences.sentPosDetect(input.next(shared).text());
  }

  @Benchmark
  public void sentencesTokens(CorpusInput.Shared shared, CorpusInput input, Tools tools, Blackhole sink) {
    String text = input.next(shared).text();
    for (Span sentence : tools.sentences.sentPosDetect(text)) {
      sink.consume(tools.tokenizer.tokenize(sentence.getCoveredText(text).toString()));
    }
  }

  @Benchmark
  public void sentencesTokensPos(CorpusInput.Shared shared, CorpusInput input, Tools tools, Blackhole sink) {
    tag(input.next(shared).text(), tools, sink);
  }

  /** The same work on two threads, to show how far OpenNLP itself scales on this machine. */
  @Benchmark
  @Threads(2)
  public void sentencesTokensPos2Threads(CorpusInput.Shared shared, CorpusInput input, Tools tools, Blackhole sink) {
    tag(input.next(shared).text(), tools, sink);
  }

  private static void tag(String text, Tools tools, Blackhole sink) {
    for (Span sentence : tools.sentences.sentPosDetect(text)) {
      String[] tokens = tools.tokenizer.tokenize(sentence.getCoveredText(text).toString());
      sink.consume(tools.tagger.tag(tokens));
    }
  }
}
