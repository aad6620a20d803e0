package io.github.crosscheck.core.normalize.cases;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outcome of a benchmark run: every case's verdict, and tallies per kind and per peer
 * (accuracy, misses, wrong values). Immutable.
 */
public record Summary(ImmutableList<CaseOutcome> outcomes) {
  private static final String ROW = "%-12s %6s %8s %6s %6s %9s%n";

  /** Counts of one group of cases. */
  public record Tally(int cases, int correct, int wrong, int missed) {
    /** Correct cases as a share of all, from 0 to 1 (1 for no cases). */
    public double accuracy() {
      return cases == 0 ? 1 : (double) correct / cases;
    }

    Tally plus(CaseOutcome o) {
      return new Tally(cases + 1, correct + (o.verdict() == CaseOutcome.Verdict.CORRECT ? 1 : 0),
          wrong + (o.verdict() == CaseOutcome.Verdict.WRONG ? 1 : 0),
          missed + (o.verdict() == CaseOutcome.Verdict.MISSED ? 1 : 0));
    }
  }

  public Summary {
    outcomes = ImmutableList.copyOf(outcomes);
  }

  /** Tallies per kind ("date", "duration", ...), in name order. */
  public Map<String, Tally> byKind() {
    return tally(CaseOutcome::kind);
  }

  /** Tallies per peer ("chrono", "cqe", ...), in name order. */
  public Map<String, Tally> byPeer() {
    return tally(CaseOutcome::peer);
  }

  /** All cases together. */
  public Tally total() {
    Tally t = new Tally(0, 0, 0, 0);
    for (CaseOutcome o : outcomes) {
      t = t.plus(o);
    }
    return t;
  }

  private Map<String, Tally> tally(Function<CaseOutcome, String> key) {
    Map<String, Tally> tallies = new TreeMap<>();
    for (CaseOutcome o : outcomes) {
      tallies.merge(key.apply(o), new Tally(0, 0, 0, 0).plus(o), (a, b) -> a.plus(o));
    }
    return tallies;
  }

  /** A plain-text table: one row per kind, one per peer, and the total. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "kind", "cases", "correct", "wrong", "missed", "accuracy"));
    byKind().forEach((k, t) -> row(out, k, t));
    out.append(String.format(Locale.ROOT, ROW, "peer", "cases", "correct", "wrong", "missed", "accuracy"));
    byPeer().forEach((k, t) -> row(out, k, t));
    row(out, "total", total());
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Tally t) {
    out.append(String.format(Locale.ROOT, ROW, name, t.cases(), t.correct(), t.wrong(), t.missed(),
        String.format(Locale.ROOT, "%.1f %%", 100 * t.accuracy())));
  }
}
