package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.normalize.ClockTimeValue;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.text.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a clock time into a clock-time claim when its sentence names the event it times ("the call
 * … began at 8 a.m. Eastern time"). A clock time in a sentence without an event (a dateline, an
 * "Update: 11:03 a.m." line) is not a claim.
 */
final class ClockClaims {
  private ClockClaims() {}

  /**
   * A clock without a date takes the day the document gave its event ("the call … began at 8
   * a.m.").
   */
  private static ClockTimeValue dated(ClockTimeValue clock, Optional<NormalizedValue> eventDate,
      Optional<java.time.ZoneId> unusedZone) {
    Optional<java.time.LocalDate> date = clock.date();
    if (date.isEmpty() && eventDate.isPresent() && eventDate.get() instanceof DateValue day
        && day.first().equals(day.last())) {
      date = Optional.of(day.first());
    }
    // A clock with no zone keeps none: the place it is local to ("11 p.m. in Tokyo") is often not
    // where the article was published, and a guessed zone would make the zone rule cry wolf.
    return new ClockTimeValue(clock.time(), clock.zone(), date, clock.modifier());
  }

  static Optional<Claim> claim(SentenceView view, Expression clock, ExtractionContext context) {
    Cue event = null;
    int bestDistance = Integer.MAX_VALUE;
    int from = view.wordAt(clock.span().start());
    int to = Math.max(from + 1, view.wordEndingBy(clock.span().end()));
    for (Cue cue : view.cues()) {
      int distance = cue.distanceTo(from, to);
      if (!cue.deadline() && !cue.type().equals("statement") && !cue.type().equals(DateClaims.BACK_REFERENCE)
          && distance < bestDistance) {
        event = cue;
        bestDistance = distance;
      }
    }
    if (event == null) {
      return Optional.empty();
    }
    TextSpan span = clock.span();
    NormalizedValue value = dated((ClockTimeValue) clock.value(), context.lastDate(event.type()),
        context.document().published().flatMap(p -> p.zone()));
    Set<Entity> participants = context.participants(event.type(), DateClaims.participantsNear(view, span));
    Evidence evidence = context.evidence(view, span);
    return Optional.of(new Claim(Claim.idOf(evidence, ClaimKind.CLOCK_TIME), ClaimKind.CLOCK_TIME,
        Subject.of(event.type(), participants), value, Optional.empty(), context.attribution(view, span),
        evidence, context.document().published()));
  }
}
