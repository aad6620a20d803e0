package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.normalize.DatePart;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.text.TextSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTogetherTest {
  /** Types that share bases once spaces become hyphens, and types with a {@code #} of their own. */
  private static final List<String> TYPES = List.of("call", "phone call", "phone-call", "call#2", "vote #3", "summit");

  @Test
  void partsNumberedTogetherGetTheIdsOfOneResolutionOfAllTheirClaims() {
    qt().withExamples(200).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<List<Claim>> parts = new ArrayList<>();
      List<Claim> all = new ArrayList<>();
      int partCount = 1 + random.nextInt(6);
      for (int p = 0; p < partCount; p++) {
        // Each part has its own participant, so no event of one part could take a claim of another.
        Entity participant = new Entity("Person " + p, EntityType.PERSON);
        List<Claim> part = new ArrayList<>();
        int claims = 1 + random.nextInt(8);
        for (int c = 0; c < claims; c++) {
          String type = TYPES.get(random.nextInt(TYPES.size()));
          NormalizedValue value = random.nextInt(4) == 0
              ? month(YearMonth.of(2025, 1 + random.nextInt(2)))
              : DateValue.day(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3) * 90));
          Claim claim = eventDate("p" + p + "/d" + random.nextInt(3), 10 * c, type, value, participant);
          part.add(claim);
          all.add(claim);
        }
        parts.add(part);
      }
      EventResolver resolver = new EventResolver();
      List<ImmutableList<Event>> separately = new ArrayList<>();
      parts.forEach(part -> separately.add(resolver.resolve(part).events()));
      List<String> together = EventResolver.numberTogether(separately).events().stream().map(Event::id).toList();
      List<String> once = resolver.resolve(all).events().stream().map(Event::id).toList();
      assertEquals(once, together, "seed " + seed);
    });
  }

  private static DateValue month(YearMonth month) {
    return new DateValue(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH, DatePart.WHOLE, Modifier.EXACT);
  }

  private static Claim eventDate(String document, int start, String type, NormalizedValue value, Entity participant) {
    Evidence evidence = new Evidence(document, new TextSpan(start, start + 5), "xxxxx", new TextSpan(start, start + 5),
        "xxxxx");
    return new Claim(Claim.idOf(evidence, ClaimKind.EVENT_DATE), ClaimKind.EVENT_DATE, Subject.of(type, List.of(participant)),
        value, java.util.Optional.empty(), new Attribution(Modality.ASSERTED, java.util.Optional.empty()), evidence,
        java.util.Optional.empty());
  }
}
