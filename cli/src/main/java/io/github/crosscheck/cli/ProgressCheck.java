package io.github.crosscheck.cli;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.rules.Checker;
import io.github.crosscheck.rules.Report;
import java.io.PrintWriter;

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
    Counter counter = new Counter(total);
    Report report = checker.check(story, document -> counter.done());
    say("checked " + total + " documents: " + report.claims().size() + " claims, " + report.findings().size() + " findings");
    return report;
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
