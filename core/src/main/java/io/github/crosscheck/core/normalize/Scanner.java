package io.github.crosscheck.core.normalize;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.text.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Finds expressions left to right: at each token that can start one (a digit, a currency or sign
 * symbol, or a trigger word of some grammar), every grammar proposes candidates, with and without
 * a modifier phrase before them; the longest wins (ties by kind: money, percent, date-time, date,
 * duration, number), takes a suffix modifier if one follows, and scanning resumes after it.
 * Linear in the text: each grammar looks a bounded number of tokens ahead. Stateless.
 */
final class Scanner {
  private static final ImmutableList<ExpressionKind> PRIORITY = ImmutableList.of(ExpressionKind.MONEY,
      ExpressionKind.PERCENT, ExpressionKind.DATETIME, ExpressionKind.DATE, ExpressionKind.DURATION,
      ExpressionKind.NUMBER);
  private static final ImmutableSet<String> SYMBOLS = ImmutableSet.of("$", "€", "£", "¥", "₹", "元", "₾", "₪", "₩",
      "₽", "₺", "+", "-", ".", "~", "<", "@", "'", "(");

  private final ImmutableList<Grammar> grammars;
  private final WordSet triggers;

  Scanner(List<Grammar> grammars) {
    this.grammars = ImmutableList.copyOf(grammars);
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    grammars.forEach(g -> words.addAll(g.triggers()));
    words.addAll(Modifiers.prefixWords());
    this.triggers = WordSet.of(words.build());
  }

  List<Candidate> scan(Tokens t) {
    List<Candidate> chosen = t.chosenList();
    List<Candidate> buffer = t.proposedList();
    int i = 0;
    while (i < t.size()) {
      if (!triggers(t, i)) {
        i++;
        continue;
      }
      buffer.clear();
      collect(t, i, buffer);
      Candidate c = best(t, buffer);
      if (c == null) {
        i++;
        continue;
      }
      Candidate inner = c.kind() == ExpressionKind.NUMBER ? overlapping(t, c, buffer) : null;
      if (inner != null) {
        i = inner.start();
        continue;
      }
      c = withSuffix(t, c);
      chosen.add(c);
      i = c.end();
    }
    return chosen;
  }

  /**
   * A better expression starting inside a chosen number and reaching at least as far ("2020-07-01"
   * inside "-2020-07-01"): the number gives way to it. Null if none.
   */
  private Candidate overlapping(Tokens t, Candidate c, List<Candidate> buffer) {
    for (int j = c.start() + 1; j < c.end(); j++) {
      if (!triggers(t, j)) {
        continue;
      }
      buffer.clear();
      collect(t, j, buffer);
      Candidate inner = best(t, buffer);
      if (inner != null && inner.kind() != ExpressionKind.NUMBER && inner.end() >= c.end()) {
        return inner;
      }
    }
    return null;
  }

  private boolean triggers(Tokens t, int i) {
    return t.isDigits(i) || (t.isSymbol(i) && SYMBOLS.contains(t.w(i))) || t.in(i, triggers);
  }

  private void collect(Tokens t, int i, List<Candidate> out) {
    for (int g = 0; g < grammars.size(); g++) { // indexed: no iterator per token
      grammars.get(g).candidates(t, i, out);
    }
    prefixed(t, i, false, out);
    prefixed(t, i, true, out);
  }

  /** Candidates after a modifier phrase at {@code i}, widened to include it. */
  private void prefixed(Tokens t, int i, boolean dates, List<Candidate> out) {
    var hit = Modifiers.prefix(t, i, dates);
    if (hit.isEmpty() || hit.get().end() >= t.size()) {
      return;
    }
    Modifier modifier = hit.get().value().modifier();
    List<Candidate> inner = t.widenedList();
    inner.clear();
    for (int g = 0; g < grammars.size(); g++) {
      grammars.get(g).candidates(t, hit.get().end(), inner);
    }
    for (int k = 0; k < inner.size(); k++) {
      Candidate c = inner.get(k);
      boolean dated = c.kind() == ExpressionKind.DATE || c.kind() == ExpressionKind.DATETIME;
      if (dated == dates) {
        out.add(c.from(i, context -> {
          context.hint(Modifiers.hint(modifier), modifier == Modifier.BY);
          return c.valuer().value(context).map(v -> Modifiers.apply(v, modifier));
        }));
      }
    }
  }

  private static Candidate withSuffix(Tokens t, Candidate c) {
    var hit = Modifiers.suffix(t, c.end(), c.kind());
    if (hit.isEmpty()) {
      return c;
    }
    Modifier modifier = hit.get().value().modifier();
    return c.to(hit.get().end(), context -> c.valuer().value(context).map(v -> Modifiers.apply(v, modifier)));
  }

  /** The candidate reaching furthest, the best-ranked among those; null if none covers a token. */
  private static Candidate best(Tokens t, List<Candidate> candidates) {
    Candidate best = null;
    for (int k = 0; k < candidates.size(); k++) { // indexed: no iterator per trigger
      Candidate c = candidates.get(k);
      if (c.end() <= c.start()) {
        continue;
      }
      if (best == null || t.end(c.end() - 1) > t.end(best.end() - 1)
          || (t.end(c.end() - 1) == t.end(best.end() - 1) && rank(c) < rank(best))) {
        best = c;
      }
    }
    return best;
  }

  private static int rank(Candidate c) {
    return PRIORITY.indexOf(c.kind());
  }

  Set<String> triggers() {
    return triggers.asSet();
  }
}
