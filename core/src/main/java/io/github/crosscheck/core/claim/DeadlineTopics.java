package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.text.TextSpan;
import java.util.Set;

/**
 * What a deadline is for: the topic word of its clause nearest the date (bundled list
 * {@code deadline-topics.tsv}), else the kind its cue names. A bare "deadline" with no topic is
 * unique to its claim, so rules never compare two deadlines about unknown things.
 */
final class DeadlineTopics {
  private static final ImmutableMap<String, String> TOPICS = Lexicon.map("deadline-topics.tsv");
  private static final Set<String> VAGUE = Set.of("deadline");
  /** "starts", "begins": an effective date only when the clause says what starts (a ban, a law). */
  static final String START = "start";

  private DeadlineTopics() {}

  static String of(SentenceView view, TextSpan date, String cueType, Expression expression) {
    TextSpan clause = DateClaims.clauseAround(view, date);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Word word : view.words()) {
      String topic = TOPICS.get(word.lower());
      if (topic == null || !clause.contains(word.span())) {
        continue;
      }
      int distance = Math.abs(word.start() - date.start());
      if (distance < bestDistance) {
        best = topic;
        bestDistance = distance;
      }
    }
    if (best != null) {
      return best;
    }
    if (cueType.equals(START)) {
      return START; // "talks start Monday" is no deadline; the caller drops it
    }
    return VAGUE.contains(cueType) ? "deadline (unspecified @" + expression.span().start() + ")" : cueType;
  }
}
