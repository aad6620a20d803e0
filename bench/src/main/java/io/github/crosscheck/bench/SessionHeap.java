package io.github.crosscheck.bench;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.rules.CheckSession;
import io.github.crosscheck.rules.Checker;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Retained heap of an incremental check ({@link CheckSession}) as documents are added one at a time,
 * up to {@code --documents} (100 000 by default) or until {@code --seconds} of adding have passed. At
 * doubling checkpoints it records the documents and claims held, the heap in use after full
 * collections minus the heap in use before the session existed, and the mean time of the last
 * additions. Writes a tab-separated table and prints it. Two sources:
 * <ul>
 *   <li>{@code --source fixtures} (default): fixture articles as {@link Variation variants} with other
 *       names and amounts, each extracted as it is added ({@link CheckSession#add}). The variants keep
 *       the fixtures' publication dates, so the whole archive is published within a few days: every
 *       news cycle holds all of it, the hardest case for an incremental check.
 *   <li>{@code --source generated}: {@link ClaimGenerator}'s documents with their claims, added with
 *       {@link CheckSession#addExtracted} (extraction is measured elsewhere): four-document stories
 *       published over three years, as an archive grows, so 100 000 documents fit in the time budget.
 * </ul>
 *
 * <pre>java -cp bench/target/benchmarks.jar io.github.crosscheck.bench.SessionHeap --out FILE [--source fixtures|generated] [--documents N] [--seconds S]</pre>
 */
public final class SessionHeap {
  private SessionHeap() {}

  /** Adds the next document of a source to the session. */
  private interface Source {
    void addNext(CheckSession session, int index);
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path out = Path.of(option(args, "--out", "session-heap.tsv"));
    int target = Integer.parseInt(option(args, "--documents", "100000"));
    long budgetNanos = Long.parseLong(option(args, "--seconds", "300")) * 1_000_000_000L;
    String kind = option(args, "--source", "fixtures");
    Checker checker = Checker.builder().build();
    Source source = switch (kind) {
      case "fixtures" -> fixtures(checker);
      case "generated" -> generated();
      default -> throw new IllegalArgumentException("--source must be fixtures or generated, not " + kind);
    };
    long baseline = usedHeapAfterGc();
    CheckSession session = checker.session();
    try (PrintWriter table = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      emit(table, "documents\tclaims\tretained_bytes\tbytes_per_claim\tms_per_add_last\tseconds_adding\tfinished");
      long adding = 0;
      long sinceCheckpoint = 0;
      int addedSinceCheckpoint = 0;
      int next = 125;
      int added = 0;
      boolean outOfTime = false;
      while (added < target && !outOfTime) {
        long start = System.nanoTime();
        source.addNext(session, added);
        long took = System.nanoTime() - start;
        adding += took;
        sinceCheckpoint += took;
        addedSinceCheckpoint++;
        added++;
        outOfTime = adding > budgetNanos;
        if (added == next || added == target || outOfTime) {
          long retained = usedHeapAfterGc() - baseline;
          int claims = session.claimCount();
          emit(table, String.format(Locale.ROOT, "%d\t%d\t%d\t%.0f\t%.2f\t%.1f\t%s", added, claims, retained,
              claims == 0 ? 0.0 : (double) retained / claims, sinceCheckpoint / 1e6 / addedSinceCheckpoint,
              adding / 1e9, added == target ? "yes" : "no"));
          sinceCheckpoint = 0;
          addedSinceCheckpoint = 0;
          next *= 2;
        }
      }
    }
    if (session.documentIds().isEmpty()) {
      throw new IllegalStateException("no document was added");
    }
  }

  /** Fixture articles as variants, extracted as they are added; models loaded and code warm first. */
  private static Source fixtures(Checker checker) {
    ImmutableList<Document> articles = Corpus.fixtureArticles();
    checker.extract(articles.get(0));
    return (session, index) -> {
      Document article = articles.get(index % articles.size());
      int round = index / articles.size();
      session.add(new Document("v" + round + "/" + article.id(), article.outlet(), article.url(),
          article.published(), Variation.of(article.text(), round)));
    };
  }

  /** Generated documents and claims, made one at a time so the source itself holds nothing. */
  private static Source generated() {
    ClaimGenerator generator = new ClaimGenerator(RuleEngineBenchmark.SEED);
    return (session, index) -> {
      ClaimGenerator.Article article = generator.next();
      session.addExtracted(article.document(), article.claims());
    };
  }

  private static void emit(PrintWriter table, String line) {
    table.println(line);
    table.flush();
    System.out.println(line);
  }

  /** Heap in use after full collections, once the figure stops falling. */
  private static long usedHeapAfterGc() throws InterruptedException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return best;
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
