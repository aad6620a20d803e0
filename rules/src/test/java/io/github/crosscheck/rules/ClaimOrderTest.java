package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.text.TextSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimOrderTest {
  /** Document ids that are prefixes of one another, with and without a colon after the prefix. */
  private static final List<String> DOCUMENTS = List.of("a", "a:b", "a:b:c", "a-b", "a.txt", "doc1", "doc10",
      "doc1:0", "doc2", "b/c.txt", "b/c.txt2", "");

  @Test
  void documentByDocumentGivesTheOrderOfSortingAllIds() {
    qt().withExamples(300).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<String> documents = random.nextBoolean() ? DOCUMENTS.subList(5, 10) : DOCUMENTS;
      List<Claim> claims = new ArrayList<>();
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        String document = documents.get(random.nextInt(documents.size()));
        int start = random.nextInt(120);
        ClaimKind kind = random.nextBoolean() ? ClaimKind.COUNT : ClaimKind.RATE;
        // Now and then an id that does not start with its document's, or a repeated id.
        String id = random.nextInt(20) == 0 ? "other:" + start
            : random.nextInt(10) == 0 && !claims.isEmpty() ? claims.get(random.nextInt(claims.size())).id()
            : document + ":" + start + "-" + (start + random.nextInt(30)) + ":" + kind.id();
        claims.add(claim(id, document, kind, i));
      }
      List<Claim> expected = new ArrayList<>(claims);
      expected.sort(Comparator.comparing(Claim::id));
      assertSameClaims(expected, ClaimOrder.byId(claims));
    });
  }

  @Test
  void documentsOrderAsTheirIdsWithTheColonDo() {
    qt().withExamples(300).forAll(longs().between(0, DOCUMENTS.size() - 1), longs().between(0, DOCUMENTS.size() - 1))
        .checkAssert((x, y) -> {
          String a = DOCUMENTS.get(x.intValue());
          String b = DOCUMENTS.get(y.intValue());
          assertEquals(Integer.signum((a + ":").compareTo(b + ":")), Integer.signum(ClaimOrder.compareWithColon(a, b)),
              a + " vs " + b);
        });
  }

  private static void assertSameClaims(List<Claim> expected, List<Claim> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), "claim " + i + ": " + expected.get(i).id() + " / " + actual.get(i).id());
    }
  }

  private static Claim claim(String id, String document, ClaimKind kind, int value) {
    Evidence evidence = new Evidence(document, new TextSpan(0, 1), "x", new TextSpan(0, 1), "x");
    return new Claim(id, kind, Subject.of("deaths", List.of()), NumberValue.of(BigDecimal.valueOf(value)),
        Optional.empty(), new Attribution(Modality.ASSERTED, Optional.empty()), evidence, Optional.empty());
  }
}
