package io.github.crosscheck.bench;

import io.github.crosscheck.core.document.Document;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * One benchmark thread's walk through the shared {@link Corpus}: each operation takes the next
 * document, and the public {@link #bytes} counter adds its size, so JMH reports text throughput
 * (bytes/s, summed over threads) beside documents/s. Threads start at evenly spaced documents.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CorpusInput {
  /** UTF-8 bytes of text handed out in this iteration; JMH reports it as a rate. */
  public long bytes;
  private int next;

  /** The corpus, built once per fork and shared by every thread. */
  @State(Scope.Benchmark)
  public static class Shared {
    Corpus corpus;

    @Setup(Level.Trial)
    public void build() {
      corpus = Corpus.ofAtLeast(Corpus.FIVE_MB);
    }
  }

  @Setup(Level.Trial)
  public void start(Shared shared, ThreadParams thread) {
    next = (int) ((long) shared.corpus.size() * thread.getThreadIndex() / thread.getThreadCount());
  }

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }

  Document next(Shared shared) {
    Corpus corpus = shared.corpus;
    int i = next;
    next = i + 1 == corpus.size() ? 0 : i + 1;
    bytes += corpus.sizes().get(i);
    return corpus.documents().get(i);
  }
}
