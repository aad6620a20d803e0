package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.normalize.NumberValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimIndexTest {
  private static final List<String> PREDICATES = List.of("deaths", "users", "tariff", "Deaths", "death toll", "");
  private static final List<ClaimKind> KINDS = List.of(ClaimKind.COUNT, ClaimKind.RATE, ClaimKind.MONEY);

  @Test
  void groupsHoldTheClaimsOfOneKindAndPredicateInIdOrder() {
    qt().withExamples(300).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Claim> claims = new ArrayList<>();
      int count = random.nextInt(50);
      for (int i = 0; i < count; i++) {
        claims.add(TestClaims.claim("d" + random.nextInt(4), KINDS.get(random.nextInt(KINDS.size())),
            PREDICATES.get(random.nextInt(PREDICATES.size())), NumberValue.of(BigDecimal.ONE), Modality.ASSERTED));
      }
      java.util.Collections.shuffle(claims, random);
      ClaimIndex index = ClaimIndex.of(claims);
      List<Claim> inIdOrder = claims.stream().sorted(Comparator.comparing(Claim::id)).toList();
      assertEquals(inIdOrder, index.all());
      for (ClaimKind kind : KINDS) {
        assertEquals(inIdOrder.stream().filter(c -> c.kind() == kind).toList(), index.ofKind(kind));
        List<String> predicates = inIdOrder.stream().filter(c -> c.kind() == kind).map(c -> c.subject().predicate())
            .distinct().sorted().toList();
        assertEquals(predicates, index.groups(kind).stream().map(g -> g.get(0).subject().predicate()).toList());
        for (String predicate : PREDICATES) {
          assertEquals(inIdOrder.stream().filter(c -> c.kind() == kind && c.subject().predicate().equals(predicate)).toList(),
              index.group(kind, predicate), kind + " " + predicate);
        }
      }
    });
  }
}
