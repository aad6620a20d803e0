package io.github.crosscheck.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a story, telling a person at the terminal how far it has got: for more than
 * {@value #QUIET_UP_TO} documents, a line on {@code err} when extraction starts and at every tenth
 * of the documents extracted (extraction is what takes the time). Lines are counted, never timed,
 * so the output is the same on every run. The report is the one {@link Checker#check} gives.
 */
final class ProgressCheck {
  /** Stories up to this many documents are checked without progress lines. */
  static final int QUIET_UP_TO = 5;

  private final Checker checker;
  private final int threads;
  private final PrintWriter err;

  ProgressCheck(Checker checker, int threads, PrintWriter err) {
    this.checker = requireNonNull(checker, "checker");
    this.threads = threads;
    this.err = requireNonNull(err, "err");
  }

  Report check(Story story) {
    int total = story.documents().size();
    if (total <= QUIET_UP_TO) {
      return checker.check(story);
    }
    say("checking " + total + " documents" + (story.skipped().isEmpty() ? "" : " (" + story.skipped().size()
        + " skipped)") + " on " + threads + (threads == 1 ? " thread" : " threads"));
    List<Claim> claims = new ArrayList<>();
    extractAll(story.documents()).forEach(claims::addAll);
    say("extracted " + claims.size() + " claims; running the rules");
    Report report = checker.checkExtracted(story.documents(), claims);
    return new Report(report.documents(), story.skipped(), report.claims(), report.events(), report.findings(),
        report.agreements(), report.suppressed());
  }

  private List<ImmutableList<Claim>> extractAll(List<Document> documents) {
    Counter counter = new Counter(documents.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, documents.size())));
    try {
      List<Future<ImmutableList<Claim>>> futures = new ArrayList<>();
      for (Document document : documents) {
        futures.add(pool.submit(() -> {
          ImmutableList<Claim> claims = checker.extract(document);
          counter.done();
          return claims;
        }));
      }
      List<ImmutableList<Claim>> results = new ArrayList<>();
      for (Future<ImmutableList<Claim>> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting claims", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private synchronized void say(String line) {
    err.println("crosscheck: " + line);
    err.flush();
  }

  /** Counts finished documents and reports each time another tenth of them is done. */
  private final class Counter {
    private final int total;
    private int done;

    Counter(int total) {
      this.total = total;
    }

    synchronized void done() {
      done++;
      if (10L * done / total > 10L * (done - 1) / total) {
        say("extracted " + done + "/" + total + " documents");
      }
    }
  }
}
