package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.NormalizedValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTogetherTest {
  /**
   * Types that share bases once spaces become hyphens, types with a {@code #} of their own, and two
   * whose bases differ but hash alike ({@code "Aa".hashCode() == "BB".hashCode()}).
   */
  private static final List<String> TYPES = List.of("call", "phone call", "phone-call", "call#2", "vote #3", "summit",
      "Aa", "BB");

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
              ? EventClaims.month(YearMonth.of(2025, 1 + random.nextInt(2)))
              : DateValue.day(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3) * 90));
          Claim claim = EventClaims.eventDate("p" + p + "/d" + random.nextInt(3), 10 * c, type, value, List.of(participant));
          part.add(claim);
          all.add(claim);
        }
        parts.add(part);
      }
      EventResolver resolver = new EventResolver();
      List<ImmutableList<Event>> separately = new ArrayList<>();
      parts.forEach(part -> separately.add(resolver.resolve(part).events()));
      EventResolver.Numbered numbered = EventResolver.numberTogether(separately);
      List<String> together = numbered.events().stream().map(Event::id).toList();
      List<String> once = resolver.resolve(all).events().stream().map(Event::id).toList();
      assertEquals(once, together, "seed " + seed);
      // Each part's event, in the part's own order, is found at its position among all.
      for (int p = 0; p < separately.size(); p++) {
        for (int e = 0; e < separately.get(p).size(); e++) {
          assertEquals(numbered.parts().get(p).get(e), numbered.events().get(numbered.position(p, e)), "seed " + seed);
        }
      }
    });
  }
}
