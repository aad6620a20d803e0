package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.SubjectGroups;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.event.Event;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date derived from another ("three days before the January 20 inauguration") disagrees with the
 * date the sources give the same event directly ("on Thursday").
 */
public final class DerivedDateMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("derived-date-mismatch")
      .summary("A date derived from another event disagrees with the event's stated date")
      .description("A derived date counts days from an anchor event (\"two days before Saturday's summit\"). The "
          + "anchor is dated from the phrase itself or from the story's other claims about that event; the result is "
          + "then compared with the dates the sources give the same event in the same news cycle.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2025-11-14] Foreign ministers held {{talks in Osaka on Wednesday}} to prepare the summit.",
          "[daily 2025-11-14] The ministers' {{talks took place two days before Saturday's summit}}.")
      .passes("[wire 2025-01-17] Trump and Xi spoke by phone on Friday.",
          "[daily 2025-01-17] Trump and Xi spoke by phone three days before the January 20 inauguration.")
      .build();

  private static final int NEAR_DAYS = 14;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (int e = 0; e < context.events().size(); e++) {
      Event derivedEvent = context.events().get(e);
      for (int i = 0; i < derivedEvent.claims().size(); i++) {
        Claim derived = derivedEvent.claims().get(i);
        if (derived.value() instanceof DerivedDate date && date.resolved().isPresent() && alone(derivedEvent)) {
          nearestStated(context, derived, date.resolved().get().first())
              .ifPresent(stated -> findings.add(finding(context, derived, stated)));
        }
      }
    }
    return ImmutableList.copyOf(findings);
  }

  /** An event made only of derived claims: the derived date matched no stated one. */
  private static boolean alone(Event event) {
    return event.claims().stream().allMatch(c -> c.value() instanceof DerivedDate);
  }

  private static Optional<Event> nearestStated(RuleContext context, Claim derived, LocalDate day) {
    Event best = null;
    long bestDistance = Long.MAX_VALUE;
    for (Event event : context.events(derived.subject().predicate())) {
      if (event.day().isEmpty() || alone(event)
          || !SubjectGroups.compatible(event.participants(), derived.subject().participants())
          || !context.sameNewsCycle(derived, event.claims().get(0)).orElse(true)) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(day, event.day().get()));
      if (distance <= NEAR_DAYS && distance < bestDistance) {
        best = event;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Finding finding(RuleContext context, Claim derived, Event stated) {
    DerivedDate date = (DerivedDate) derived.value();
    ImmutableList<Claim> claims = ImmutableList.<Claim>builder().add(derived).addAll(stated.claims()).build();
    String explanation = Describe.claim(derived) + " works out to " + Describe.day(date.resolved().get().first())
        + " (" + date.offset() + " from \"" + date.anchorText() + "\""
        + date.anchorDate().map(a -> ", " + Describe.value(a)).orElse("") + "), but "
        + Describe.claim(stated.claims().get(0)) + " dates the " + stated.type() + " " + Describe.day(stated.day().get())
        + ".";
    return Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.85, claims), claims,
        Optional.of(stated.id()), explanation);
  }
}
