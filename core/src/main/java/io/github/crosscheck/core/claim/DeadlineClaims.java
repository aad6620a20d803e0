package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.ClockTimeValue;
import java.time.LocalDate;
import io.github.crosscheck.core.normalize.DatePart;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DurationValue;
import io.github.crosscheck.core.normalize.Expression;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.text.TextSpan;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * A deadline given as a span of time from publication: "a law set to ban the app in less than 48
 * hours", "must sell within 90 days". The deadline is the days between the publication time and
 * the end of the span. Needs a known publication time and a deadline cue in the clause.
 */
final class DeadlineClaims {
  /** "in 30 days", "within a week". */
  private static final Set<String> WITHIN_WORDS = Set.of("in", "within");
  private DeadlineClaims() {}

  static Optional<Claim> inDuration(SentenceView view, Expression duration, ExtractionContext context) {
    Optional<PublicationTime> published = context.document().published();
    if (published.isEmpty()) {
      return Optional.empty();
    }
    int at = view.wordAt(duration.span().start());
    boolean inside = isOffset(duration);
    if (!inside && (at == 0 || !WITHIN_WORDS.contains(view.words().get(at - 1).lower()))) {
      return Optional.empty();
    }
    int from = inside ? at : at - 1;
    int to = Math.max(at + 1, view.wordEndingBy(duration.span().end()));
    Optional<Cue> cue = DateClaims.nearestCue(view, duration.span(), from, to, Optional.empty())
        .filter(Cue::deadline);
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    Optional<DateValue> deadline = deadline(published.get(), duration);
    if (deadline.isEmpty()) {
      return Optional.empty();
    }
    TextSpan span = view.words().get(from).span().union(duration.span());
    Evidence evidence = context.evidence(view, span);
    Subject subject = Subject.of(cue.get().type(), DateClaims.participantsNear(view, span));
    return Optional.of(new Claim(Claim.idOf(evidence, ClaimKind.DEADLINE), ClaimKind.DEADLINE, subject,
        deadline.get(), Optional.empty(), context.attribution(view, span), evidence, published));
  }

  /** Whether a date-time expression is an offset from publication ("in less than 48 hours"). */
  static boolean isOffset(Expression expression) {
    String text = expression.text().toLowerCase(java.util.Locale.ROOT);
    return expression.value() instanceof ClockTimeValue && (text.startsWith("in ") || text.startsWith("within "));
  }

  /** The days from publication to the end of the span: a deadline "by" that day. */
  private static Optional<DateValue> deadline(PublicationTime reference, Expression expression) {
    LocalDate end;
    if (expression.value() instanceof ClockTimeValue clock && clock.date().isPresent()) {
      end = clock.date().get();
    } else if (expression.value() instanceof DurationValue value) {
      LocalDateTime start = LocalDateTime.of(reference.date(), reference.time().orElse(LocalTime.NOON));
      end = start.plus(value.period()).plus(value.time()).toLocalDate();
    } else {
      return Optional.empty();
    }
    if (end.isBefore(reference.date())) {
      return Optional.empty();
    }
    return Optional.of(new DateValue(reference.date(), end, Granularity.DAY, DatePart.WHOLE, Modifier.BY));
  }
}
