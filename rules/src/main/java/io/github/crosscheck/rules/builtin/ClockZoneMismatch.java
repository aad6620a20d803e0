package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.normalize.ClockTimeValue;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One sentence gives a time in two zones that are not the same instant ("8 a.m. Eastern (1300 GMT)" in September). */
public final class ClockZoneMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("clock-zone-mismatch")
      .summary("Clock times given in two zones are not the same instant")
      .description("When a sentence gives one moment in two zones, both are converted to UTC on the event's date, "
          + "with daylight saving time as it applied that day (US Eastern is UTC-5 in January, UTC-4 in September). "
          + "The date is the one the sentence gives, else the date of the event the sentence is about, else the "
          + "publication date.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2025-09-19] The call {{began at 8 a.m. Eastern time}} ({{1300 GMT}}) on Friday.")
      .passes("[wire 2025-09-19] The call began at 8 a.m. Eastern time (1200 GMT) on Friday.")
      .passes("[wire 2025-01-17] The call began at 8 a.m. Eastern time (1300 GMT) on Friday.")
      .build();

  private static final Duration SLACK = Duration.ofMinutes(10);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<Claim>> bySentence = new LinkedHashMap<>();
    for (Claim clock : context.claims().ofKind(ClaimKind.CLOCK_TIME)) {
      bySentence.computeIfAbsent(clock.documentId() + "@" + clock.evidence().sentenceSpan(), k -> new ArrayList<>())
          .add(clock);
    }
    for (List<Claim> sentence : bySentence.values()) {
      for (int i = 0; i < sentence.size(); i++) {
        for (int j = i + 1; j < sentence.size(); j++) {
          compare(context, sentence.get(i), sentence.get(j)).ifPresent(findings::add);
        }
      }
    }
    return ImmutableList.copyOf(findings);
  }

  private static Optional<Finding> compare(RuleContext context, Claim a, Claim b) {
    ClockTimeValue ca = (ClockTimeValue) a.value();
    ClockTimeValue cb = (ClockTimeValue) b.value();
    if (ca.zone().isEmpty() || cb.zone().isEmpty() || ca.zone().equals(cb.zone())) {
      return Optional.empty();
    }
    Optional<LocalDate> day = ca.date().or(cb::date).or(() -> eventDay(context, a))
        .or(() -> context.published(a.documentId()).map(p -> p.date()));
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Instant ia = ZonedDateTime.of(day.get(), ca.time(), ca.zone().get()).toInstant();
    Instant ib = ZonedDateTime.of(day.get(), cb.time(), cb.zone().get()).toInstant();
    Duration apart = Duration.between(ia, ib).abs();
    // A time just past midnight in one zone may be the previous day in the other.
    if (apart.compareTo(SLACK) <= 0 || apart.minus(Duration.ofDays(1)).abs().compareTo(SLACK) <= 0) {
      return Optional.empty();
    }
    ImmutableList<Claim> claims = ImmutableList.of(a, b);
    return Optional.of(Finding.of(INFO.id(), Verdict.CONTRADICTION, context.confidence(0.9, claims), claims,
        Optional.empty(), Describe.claim(a) + " is " + ia + " and " + Describe.claim(b) + " is " + ib + " on "
            + Describe.day(day.get()) + ": the two clocks differ by " + apart.toMinutes()
            + " minutes, so one of the conversions is wrong."));
  }

  private static Optional<LocalDate> eventDay(RuleContext context, Claim clock) {
    return context.events(clock.subject().predicate()).stream()
        .filter(e -> e.describedIn(clock.documentId()) && e.day().isPresent())
        .map(e -> e.day().get()).findFirst();
  }
}
