package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.normalize.NumberValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterIndexTest {
  private static final List<Entity> CAST = List.of(new Entity("Ana Lobo", EntityType.PERSON),
      new Entity("Ben Ochoa", EntityType.PERSON), new Entity("Cara Diaz", EntityType.PERSON),
      new Entity("Dov Mazur", EntityType.PERSON), new Entity("Peru", EntityType.COUNTRY));

  @Test
  void indexingClustersByParticipantPlacesClaimsAsComparingWithEveryClusterDoes() {
    qt().withExamples(200).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Claim> claims = new ArrayList<>();
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        List<Entity> participants = new ArrayList<>();
        int named = random.nextInt(3);
        for (int p = 0; p < named; p++) {
          Entity entity = CAST.get(random.nextInt(CAST.size()));
          if (!participants.contains(entity)) {
            participants.add(entity);
          }
        }
        claims.add(EventClaims.eventDate("d" + random.nextInt(6), 10 * i, random.nextBoolean() ? "call" : "meeting",
            value(random), participants));
      }
      Object indexedAtOnce = new EventResolver(0).resolve(claims);
      Object neverIndexed = new EventResolver(Integer.MAX_VALUE).resolve(claims);
      assertEquals(neverIndexed, indexedAtOnce, "seed " + seed);
      assertEquals(neverIndexed, new EventResolver().resolve(claims), "seed " + seed);
    });
  }

  @Test
  void theEventOfATypesOnlyClaimIsTheOneClusteringItMakes() {
    List<String> types = List.of("call", "meeting", "summit", "vote", "phone call", "talks");
    qt().withExamples(300).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Claim> claims = new ArrayList<>();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        List<Entity> participants = CAST.subList(random.nextInt(CAST.size()), CAST.size()).subList(0, random.nextInt(2));
        Claim claim = EventClaims.eventDate("d" + random.nextInt(6), 10 * i, types.get(random.nextInt(types.size())),
            value(random), participants);
        if (random.nextBoolean()) {
          // Participants in a set of another order, which the event puts in natural order.
          claim = claim.withSubject(new io.github.crosscheck.core.claim.Subject(claim.subject().predicate(),
              com.google.common.collect.ImmutableSortedSet.orderedBy(java.util.Comparator.<Entity>reverseOrder())
                  .addAll(CAST.subList(random.nextInt(CAST.size()), CAST.size())).build(), ""));
        }
        claims.add(claim);
      }
      EventResolver.Resolution clustered = new EventResolver(EventResolver.UNINDEXED_CLUSTERS, false).resolve(claims);
      EventResolver.Resolution direct = new EventResolver().resolve(claims);
      assertEquals(clustered, direct, "seed " + seed);
      // Sets are equal in any order; the text shows the participants in the event's own order.
      assertEquals(clustered.toString(), direct.toString(), "seed " + seed);
    });
  }

  /** A day, a month holding several of the days, or no date at all. */
  private static NormalizedValue value(Random random) {
    LocalDate day = LocalDate.of(2025, 3, 1).plusDays(random.nextInt(12) * 5L);
    return switch (random.nextInt(5)) {
      case 0 -> EventClaims.month(java.time.YearMonth.from(day));
      case 1 -> NumberValue.of(BigDecimal.ONE);
      default -> DateValue.day(day);
    };
  }
}
