package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.rules.Changes;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Rule;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.RuleInfo;
import io.github.crosscheck.rules.SubjectGroups;
import io.github.crosscheck.rules.Verdict;
import io.github.crosscheck.rules.YearInference;
import io.github.crosscheck.rules.event.Event;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;

/**
 * Two sources date the same event differently. Events that happen once (an inauguration, a
 * collapse, a ruling) dated within {@value #SAME_EVENT_DAYS} days of each other by different sources
 * are taken for one event; events that recur (calls, meetings, visits) only when the sources were
 * published in the same news cycle. A document that reports both dates knows they are two events.
 */
public final class DateMismatch implements Rule {
  private static final RuleInfo INFO = RuleInfo.builder("date-mismatch")
      .summary("Sources give incompatible dates for the same event")
      .description("Events are resolved from event-date claims (same kind of event, same participants, overlapping "
          + "days); this rule compares events that look like one event dated differently. Granularity counts: "
          + "\"January 2025\" contains January 19, so they agree. A recurring kind of event (a call, a meeting) dated "
          + "differently in sources months apart is two events, not a contradiction.")
      .severity(Verdict.CONTRADICTION)
      .flags("[wire 2024-11-20] The presidential {{runoff on December 1}} will decide the race.",
          "[daily 2024-11-21] Voters return for {{the December 8 runoff}}.")
      .passes("[wire 2025-01-17] The inauguration is on January 20.",
          "[daily 2025-09-19] Since the January inauguration, tariffs have risen.")
      .passes("[wire 2025-01-17] Trump and Xi spoke by phone on Friday.",
          "[daily 2025-09-19] Trump and Xi spoke by phone on Friday.")
      .flags("[wire 2026-06-15] {{A wildfire that started on Saturday}} has burned 14,000 acres.",
          "[daily 2026-06-16] {{The fire, which broke out on Friday}}, is 35% contained.")
      .passes("[wire 2026-06-15] A wildfire that started on Saturday has burned 14,000 acres.",
          "[daily 2026-06-16] The death toll from the wildfire rose to 12 on Tuesday.")
      .build();

  static final int SAME_EVENT_DAYS = 60;
  static final ImmutableSet<String> RECURRING = ImmutableSet.of("call", "meeting", "talks", "visit", "statement",
      "announcement", "hearing", "launch", "signing", "arrest", "interview", "event");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public ImmutableList<Finding> check(RuleContext context) {
    // Events are compared within their type and story only, swept in date order: the events put in
    // order of type, then story (stable sorts, so each group keeps the events' order), and each run
    // of two or more compared.
    List<Event> candidates = new ArrayList<>();
    for (Event e : context.events()) {
      if (e.isDated() && !e.type().equals("statement") && !derivedOnly(e)) {
        candidates.add(e);
      }
    }
    if (candidates.size() < 2) {
      return ImmutableList.of();
    }
    candidates.sort(Comparator.comparing(Event::type));
    List<Finding> findings = new ArrayList<>();
    for (int start = 0; start < candidates.size(); ) {
      int end = start + 1;
      while (end < candidates.size() && candidates.get(end).type().equals(candidates.get(start).type())) {
        end++;
      }
      if (end - start > 1) {
        List<Event> ofType = candidates.subList(start, end);
        ofType.sort(Comparator.comparingInt(e -> storyOf(context, e)));
        for (int from = 0; from < ofType.size(); ) {
          int to = from + 1;
          while (to < ofType.size() && storyOf(context, ofType.get(to)) == storyOf(context, ofType.get(from))) {
            to++;
          }
          if (to - from > 1) {
            compareWithin(context, ofType.subList(from, to), findings);
          }
          from = to;
        }
      }
      start = end;
    }
    return ImmutableList.copyOf(findings);
  }

  private static int storyOf(RuleContext context, Event event) {
    return context.storyOf(event.claims().get(0).documentId());
  }

  private static void compareWithin(RuleContext context, List<Event> events, List<Finding> findings) {
    List<Event> dated = events.stream()
        .sorted(Comparator.comparing((Event e) -> e.days().orElseThrow().lowerEndpoint()).thenComparing(Event.ID_ORDER))
        .toList();
    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size(); j++) {
        Event a = dated.get(i);
        Event b = dated.get(j);
        long apart = ChronoUnit.DAYS.between(a.days().orElseThrow().upperEndpoint(), b.days().orElseThrow().lowerEndpoint());
        if (apart > SAME_EVENT_DAYS) {
          break;
        }
        if (a.type().equals(b.type()) && apart > 0 && sameSubject(a, b)
            && context.sameStory(a.claims().get(0).documentId(), b.claims().get(0).documentId())) {
          compare(context, a, b).ifPresent(findings::add);
        }
      }
    }
  }

  /**
   * Recurring events are the same only between the same people. An event that happens once in a
   * story (a runoff, a collapse) is the same unless the places or organizations named with it
   * differ; the people near it in one sentence or another are incidental.
   */
  private static boolean sameSubject(Event a, Event b) {
    if (RECURRING.contains(a.type())) {
      return !a.participants().isEmpty() && !b.participants().isEmpty()
          && SubjectGroups.compatible(a.participants(), b.participants());
    }
    Set<Entity> placesA = notPeople(a.participants());
    Set<Entity> placesB = notPeople(b.participants());
    return SubjectGroups.compatible(placesA, placesB);
  }

  private static Set<Entity> notPeople(Set<Entity> entities) {
    Set<Entity> result = new TreeSet<>(entities);
    result.removeIf(e -> e.type() == EntityType.PERSON);
    return result;
  }

  private static Optional<Finding> compare(RuleContext context, Event a, Event b) {
    if (a.documents().stream().anyMatch(b.documents()::contains)) {
      return Optional.empty();
    }
    Claim ca = representative(a);
    Claim cb = representative(b);
    if (YearInference.explains(ca, cb)) {
      return Optional.empty();
    }
    Optional<Boolean> sameCycle = context.sameNewsCycle(ca, cb);
    boolean recurring = RECURRING.contains(a.type());
    Verdict verdict;
    double base;
    if (a.claims().stream().anyMatch(Changes::mentioned) || b.claims().stream().anyMatch(Changes::mentioned)) {
      return Optional.empty();
    }
    if (recurring && sameCycle.isPresent() && !sameCycle.get()) {
      return Optional.empty();
    } else if (sameCycle.isPresent() || !recurring && bothKnown(context, ca, cb)) {
      verdict = Verdict.CONTRADICTION;
      base = recurring ? 0.6 : 0.9;
    } else {
      verdict = recurring ? Verdict.POSSIBLE_CONTRADICTION : Verdict.CONTRADICTION;
      base = recurring ? 0.5 : 0.75;
    }
    ImmutableList<Claim> claims = ImmutableList.<Claim>builder().addAll(a.claims()).addAll(b.claims()).build();
    String explanation = Describe.claim(ca) + " dates the " + a.type() + " " + Describe.days(a.days().orElseThrow())
        + "; " + Describe.claim(cb) + " dates it " + Describe.days(b.days().orElseThrow()) + ". "
        + (verdict == Verdict.CONTRADICTION
            ? "Both describe the same " + a.type() + (sameCycle.orElse(false) ? " in the same news cycle" : "")
                + ", so the dates cannot both be right."
            : "A " + a.type() + " can happen twice, and the sources' publication dates are unknown, so these may be two"
                + " events; if they are one, the dates cannot both be right.");
    return Optional.of(Finding.of(INFO.id(), verdict, context.confidence(base, claims), claims,
        Optional.of(a.id()), explanation));
  }

  private static boolean bothKnown(RuleContext context, Claim a, Claim b) {
    return context.published(a.documentId()).isPresent() && context.published(b.documentId()).isPresent();
  }

  private static Claim representative(Event event) {
    return event.claims().get(0);
  }

  private static boolean derivedOnly(Event event) {
    for (int i = 0; i < event.claims().size(); i++) {
      if (!(event.claims().get(i).value() instanceof DerivedDate)) {
        return false;
      }
    }
    return true;
  }
}
