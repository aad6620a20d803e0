package io.github.crosscheck.bench;

import io.github.crosscheck.core.claim.ClaimExtractor;
import io.github.crosscheck.core.document.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The two ratios the targets are stated in, measured in interleaved rounds so that a change in the
 * machine's load (other processes on shared cores) hits both sides alike: in each round, the
 * OpenNLP sentences+tokens+POS floor, extraction on one thread and extraction on two threads each
 * run for a short slice over the {@link Corpus}. Reports the median over rounds of each MB/s and of
 * the ratios, after warm-up rounds. Complements the JMH figures; it does not replace them.
 *
 * <p>A slice is 1.5 s by default: a slice of 0.4 s held a few hundred documents, so one collection or
 * compilation moved its figure by a tenth or more, and a ratio of two such figures more. Side by side
 * on 2026-12-04, 12 rounds each: 0.4 s slices read the two-thread ratio at 1.40x and 1.83x in two runs
 * (floor 0.24 and 0.43 MB/s), 1.5 s slices at 1.95x and 2.09x (floor 0.33 and 0.35 MB/s).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.crosscheck.bench.PairedRatios --out FILE [--rounds N] [--slice-ms M]</pre>
 */
public final class PairedRatios {
  private static final int WARM_UP_ROUNDS = 8;

  private final Corpus corpus = Corpus.ofAtLeast(Corpus.FIVE_MB);
  private final ClaimExtractor extractor = ClaimExtractor.english();
  private final AtomicInteger cursor = new AtomicInteger();
  private final ThreadLocal<Floor> floors;
  private final long sliceNanos;

  private PairedRatios(long sliceMillis) {
    this.sliceNanos = sliceMillis * 1_000_000;
    OpenNlpFloorBenchmark.Models models = new OpenNlpFloorBenchmark.Models();
    models.load();
    this.floors = ThreadLocal.withInitial(() -> new Floor(models));
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(option(args, "--out", "paired-ratios.tsv"));
    int rounds = Integer.parseInt(option(args, "--rounds", "16"));
    PairedRatios paired = new PairedRatios(Long.parseLong(option(args, "--slice-ms", "1500")));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try (PrintWriter table = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      emit(table, "round\tfloor_pos_mb_s\textract_mb_s\textract_2_threads_mb_s\textract_over_floor\ttwo_over_one");
      for (int round = 1 - WARM_UP_ROUNDS; round <= rounds; round++) {
        double floor = paired.slice(paired::tag);
        double one = paired.slice(paired::extract);
        double both = paired.twoThreads(two);
        if (round > 0) {
          emit(table, String.format(Locale.ROOT, "%d\t%.4f\t%.4f\t%.4f\t%.3f\t%.3f", round, floor, one, both,
              one / floor, both / one));
        }
      }
    } finally {
      two.shutdownNow();
    }
  }

  private interface Work {
    void run(Document document);
  }

  /** MB/s of one thread doing {@code work} on successive documents for one slice. */
  private double slice(Work work) {
    long bytes = 0;
    long start = System.nanoTime();
    long now = start;
    while (now - start < sliceNanos) {
      int i = Math.floorMod(cursor.getAndIncrement(), corpus.size());
      work.run(corpus.documents().get(i));
      bytes += corpus.sizes().get(i);
      now = System.nanoTime();
    }
    return bytes / ((now - start) / 1e9) / 1e6;
  }

  private double twoThreads(ExecutorService pool) throws Exception {
    List<Future<Double>> halves = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      halves.add(pool.submit(() -> slice(this::extract)));
    }
    double sum = 0;
    for (Future<Double> half : halves) {
      sum += half.get();
    }
    return sum;
  }

  private void extract(Document document) {
    if (extractor.extract(document).size() < 0) {
      throw new AssertionError("unreachable; keeps the result alive");
    }
  }

  private void tag(Document document) {
    Floor floor = floors.get();
    String text = document.text();
    int tags = 0;
    for (Span sentence : floor.sentences.sentPosDetect(text)) {
      tags += floor.tagger.tag(floor.tokenizer.tokenize(sentence.getCoveredText(text).toString())).length;
    }
    if (tags < 0) {
      throw new AssertionError("unreachable; keeps the result alive");
    }
  }

  /** One thread's OpenNLP tools. */
  private static final class Floor {
    final SentenceDetectorME sentences;
    final TokenizerME tokenizer;
    final POSTaggerME tagger;

    Floor(OpenNlpFloorBenchmark.Models models) {
      sentences = new SentenceDetectorME(models.sentences);
      tokenizer = new TokenizerME(models.tokens);
      tagger = new POSTaggerME(models.tags, POSTagFormat.UD);
    }
  }

  private static void emit(PrintWriter table, String line) {
    table.println(line);
    table.flush();
    System.out.println(line);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
