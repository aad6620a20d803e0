package io.github.crosscheck.rules;

import static io.github.crosscheck.rules.TestClaims.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crosscheck.core.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimGraphTest {
  /** Document ids that begin one another, with and without a colon after the shorter one. */
  private static final List<String> DOCUMENTS = List.of("a", "a-1", "a:b", "a:", "ab", "b", "b.txt", "a/c.txt", "a/c");

  @Test
  void claimsSortedDocumentByDocumentAreInIdOrder() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Claim> claims = new ArrayList<>();
      for (int i = 0, n = random.nextInt(30); i < n; i++) {
        claims.add(count(DOCUMENTS.get(random.nextInt(DOCUMENTS.size())), "deaths", random.nextInt(100)));
      }
      List<Claim> expected = claims.stream().sorted(Comparator.comparing(Claim::id)).toList();
      assertEquals(expected.stream().map(Claim::id).toList(),
          ClaimGraph.inIdOrder(claims).claims().stream().map(Claim::id).toList(), "seed " + seed);
    });
  }
}
