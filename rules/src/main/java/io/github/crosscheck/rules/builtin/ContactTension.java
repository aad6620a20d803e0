package io.github.crosscheck.rules.builtin;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.rules.ClaimValues;
import io.github.crosscheck.rules.Describe;
import io.github.crosscheck.rules.Finding;
import io.github.crosscheck.rules.Intervals;
import io.github.crosscheck.rules.RuleContext;
import io.github.crosscheck.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.crosscheck.core.claim.Entity;
import java.util.Optional;

/**
 * A contact claim ("had been communicating with Xi since he won the election") against recency
 * claims ("their first direct exchange since 2021"): contact during the other claim's quiet period
 * is a tension, not a proven contradiction — "communicating" need not be direct — so it is reported
 * as a possible contradiction with low confidence.
 */
final class ContactTension {
  private ContactTension() {}

  static List<Finding> findings(RuleContext context, String rule) {
    if (context.claims().ofKind(ClaimKind.CONTACT).isEmpty()) {
      return List.of(); // most checks hold no contact claim
    }
    List<Finding> findings = new ArrayList<>();
    Map<Entity, List<Claim>> recencyByParticipant = new HashMap<>();
    for (Claim recency : context.claims().ofKind(ClaimKind.RECENCY)) {
      recency.subject().participants().forEach(e -> recencyByParticipant.computeIfAbsent(e, k -> new ArrayList<>())
          .add(recency));
    }
    for (Claim contact : context.claims().ofKind(ClaimKind.CONTACT)) {
      Set<Claim> recencies = new LinkedHashSet<>();
      contact.subject().participants().forEach(e -> recencies.addAll(recencyByParticipant.getOrDefault(e, List.of())));
      Optional<Range<LocalDate>> since = contact.recency().flatMap(Recency::since).flatMap(ClaimValues::days);
      if (since.isEmpty()) {
        continue;
      }
      for (Claim recency : recencies) {
        if (recency.documentId().equals(contact.documentId()) || !sharesTwo(contact, recency)) {
          continue;
        }
        Optional<LocalDate> occasion = RecencyWindows.occasion(recency);
        Optional<Range<LocalDate>> quiet = occasion.flatMap(day -> RecencyWindows.quiet(recency, day));
        if (quiet.isEmpty() || !since.get().lowerEndpoint().isBefore(occasion.get())) {
          continue;
        }
        // The contact is reported as of its own publication, not as of the other claim's occasion.
        LocalDate reportedBy = context.published(contact.documentId()).map(p -> p.date())
            .filter(d -> d.isBefore(occasion.get())).orElse(occasion.get());
        if (reportedBy.isBefore(since.get().lowerEndpoint())) {
          continue;
        }
        Range<LocalDate> contactPeriod = Range.closed(since.get().lowerEndpoint(), reportedBy);
        if (Intervals.overlap(contactPeriod, quiet.get())) {
          ImmutableList<Claim> claims = ImmutableList.of(contact, recency);
          findings.add(Finding.of(rule, Verdict.POSSIBLE_CONTRADICTION, context.confidence(0.4, claims), claims,
              Optional.empty(), Describe.claim(contact) + " reports contact since " + Describe.days(since.get())
                  + ", while " + Describe.claim(recency) + " implies no " + recency.subject().predicate() + " "
                  + Describe.days(quiet.get()) + ". The contact need not have been direct, so this is a tension"
                  + " to check rather than a proven contradiction."));
        }
      }
    }
    return findings;
  }

  /** Contact is between two parties; the recency claim must name both of the contact's people. */
  private static boolean sharesTwo(Claim contact, Claim recency) {
    long shared = contact.subject().participants().stream().filter(recency.subject().participants()::contains).count();
    return shared >= Math.min(2, contact.subject().participants().size()) && shared > 0;
  }
}
