package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.text.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a date expression into an event-date or deadline claim when the sentence says what
 * happens on that date: the nearest event or deadline cue in the same clause names the event
 * ("ruled unanimously on Friday", "Friday's call", "takes effect on Sunday", "by Sunday"). A date
 * with no cue is not a claim. A derived date ("three days before the inauguration") with no cue of
 * its own is about the event the document dated last ("it happened three days before …").
 */
final class DateClaims {
  /** Beyond this many words a cue is not about the date. */
  private static final int MAX_DISTANCE = 8;

  private DateClaims() {}

  static Optional<Claim> claim(SentenceView view, Expression date, ExtractionContext context) {
    int from = view.wordAt(date.span().start());
    int to = Math.max(from + 1, view.wordEndingBy(date.span().end()));
    Optional<TextSpan> anchor = date.value() instanceof DerivedDate derived ? Optional.of(derived.anchorSpan())
        : Optional.empty();
    Optional<Cue> cue = nearestCue(view, date.span(), from, to, anchor);
    if (cue.isEmpty() && anchor.isPresent() && context.lastEventType().isPresent()) {
      cue = Optional.of(new Cue(from, from, context.lastEventType().get(), false));
    }
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    Cue found = cue.get();
    TextSpan span = found.to() > found.from() ? date.span().union(view.wordSpan(found.from(), found.to())) : date.span();
    ClaimKind kind = found.deadline() ? ClaimKind.DEADLINE : ClaimKind.EVENT_DATE;
    Set<Entity> named = participantsNear(view, span);
    Set<Entity> participants = kind == ClaimKind.EVENT_DATE ? context.participants(found.type(), named) : named;
    if (kind == ClaimKind.EVENT_DATE) {
      context.dated(found.type(), date.value());
    }
    Evidence evidence = context.evidence(view, span);
    return Optional.of(new Claim(Claim.idOf(evidence, kind), kind, Subject.of(found.type(), participants), date.value(),
        Optional.empty(), context.attribution(view, span), evidence, context.document().published()));
  }

  /**
   * The cue closest to the words {@code [from, to)} in the same clause: a cue before the date counts
   * its distance, one after counts more, a comma between costs more again, and clause punctuation
   * between rules it out. A deadline cue beats an event cue at the same distance.
   */
  static Optional<Cue> nearestCue(SentenceView view, TextSpan date, int from, int to, Optional<TextSpan> excluded) {
    Cue best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Cue cue : view.cues()) {
      TextSpan cueSpan = view.wordSpan(cue.from(), cue.to());
      if (excluded.isPresent() && excluded.get().overlaps(cueSpan) || cueSpan.overlaps(date)) {
        continue;
      }
      int distance = cue.distanceTo(from, to);
      if (distance > MAX_DISTANCE || view.clauseBreakBetween(cueSpan.end(), date.start())
          && view.clauseBreakBetween(cueSpan.start(), date.end())) {
        continue;
      }
      int score = distance * 2 + (cue.from() >= to ? 1 : 0)
          + (view.commaBetween(Math.min(cueSpan.end(), date.end()), Math.max(cueSpan.start(), date.start())) ? 6 : 0)
          + (cue.deadline() ? 0 : 1) + (isBy(view, cue) && cue.to() != from ? 20 : 0);
      if (score < bestScore) {
        best = cue;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "by" is a deadline only when it directly precedes the date. */
  private static boolean isBy(SentenceView view, Cue cue) {
    return cue.deadline() && cue.to() - cue.from() == 1 && view.words().get(cue.from()).lower().equals("by");
  }

  /** The entities of the claim's clause: people first, others only when no person is named. */
  static Set<Entity> participantsNear(SentenceView view, TextSpan claim) {
    Set<Entity> people = view.people();
    if (!people.isEmpty()) {
      return people;
    }
    return view.entitiesWithin(clauseAround(view, claim));
  }

  /** The span of the clause around the claim, bounded by clause punctuation. */
  static TextSpan clauseAround(SentenceView view, TextSpan claim) {
    int start = view.span().start();
    int end = view.span().end();
    String text = view.text();
    for (int k = claim.start() - 1; k >= start; k--) {
      if (isClauseBreak(text.charAt(k))) {
        start = k + 1;
        break;
      }
    }
    for (int k = claim.end(); k < end; k++) {
      if (isClauseBreak(text.charAt(k))) {
        end = k;
        break;
      }
    }
    return new TextSpan(start, Math.max(start, end));
  }

  private static boolean isClauseBreak(char c) {
    return c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')';
  }
}
