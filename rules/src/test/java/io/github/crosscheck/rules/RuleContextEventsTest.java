package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.rules.event.Event;
import io.github.crosscheck.rules.event.EventResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleContextEventsTest {
  /** Types whose ids share prefixes, with spaces and a {@code #} of their own. */
  private static final List<String> TYPES = List.of("call", "call#2", "phone call", "phone-call", "summit", "vote #3");
  private static final List<Entity> PEOPLE = List.of(TestClaims.person("Ana Lobo"), TestClaims.person("Ben Ochoa"));

  @Test
  void theEventsOfATypeAreThoseOfThatTypeInIdOrder() {
    qt().withExamples(200).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Claim> claims = new ArrayList<>();
      int count = random.nextInt(30);
      for (int i = 0; i < count; i++) {
        // Few days and two people, so types have several events numbered #2, #3...
        Entity person = PEOPLE.get(random.nextInt(PEOPLE.size()));
        claims.add(TestClaims.eventOn("d" + random.nextInt(3) + ".txt", TYPES.get(random.nextInt(TYPES.size())),
            LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3)), random.nextBoolean() ? new Entity[] {person} : new Entity[0]));
      }
      EventResolver.Resolution resolution = new EventResolver().resolve(claims);
      RuleContext context = new RuleContext(ImmutableMap.of(), ClaimIndex.of(claims), resolution.events(),
          resolution.eventOfClaim(), CheckConfig.DEFAULT);
      for (String type : TYPES) {
        ImmutableList<Event> expected = resolution.events().stream().filter(e -> e.type().equals(type))
            .sorted(Event.ID_ORDER).collect(ImmutableList.toImmutableList());
        assertEquals(expected, context.events(type), type + ", seed " + seed);
      }
      assertEquals(List.of(), context.events("inauguration"));
      // Grouped without an order of their own, each type's events keep the order they came in.
      List<Event> shuffled = new ArrayList<>(resolution.events());
      java.util.Collections.shuffle(shuffled, random);
      EventsByType byType = EventsByType.of(shuffled);
      for (String type : TYPES) {
        assertEquals(shuffled.stream().filter(e -> e.type().equals(type)).toList(), byType.get(type), type + ", seed " + seed);
      }
    });
  }
}
