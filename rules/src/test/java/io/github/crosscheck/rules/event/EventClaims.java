package io.github.crosscheck.rules.event;

import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.normalize.DatePart;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.text.TextSpan;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Event-date claims built directly, for the event resolver's tests. */
final class EventClaims {
  private EventClaims() {}

  /** An asserted event-date claim of five characters at {@code start} of {@code document}. */
  static Claim eventDate(String document, int start, String type, NormalizedValue value, List<Entity> participants) {
    Evidence evidence = new Evidence(document, new TextSpan(start, start + 5), "xxxxx", new TextSpan(start, start + 5),
        "xxxxx");
    return new Claim(Claim.idOf(evidence, ClaimKind.EVENT_DATE), ClaimKind.EVENT_DATE, Subject.of(type, participants),
        value, Optional.empty(), new Attribution(Modality.ASSERTED, Optional.empty()), evidence, Optional.empty());
  }

  /** A whole month, as the normalizer gives "in March 2025". */
  static DateValue month(YearMonth month) {
    return new DateValue(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH, DatePart.WHOLE, Modifier.EXACT);
  }
}
