package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.text.TextSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingIdTest {
  @Test
  void aFindingsIdIsItsRuleAndItsClaimsIdsInOrder() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ImmutableList.Builder<Claim> claims = ImmutableList.builder();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        // Few documents and offsets, so ids repeat and share prefixes.
        claims.add(claim("d" + random.nextInt(3) + ".txt", random.nextInt(30)));
      }
      ImmutableList<Claim> cited = claims.build();
      Finding finding = Finding.of("count-mismatch", Verdict.CONTRADICTION, 0.5, cited, Optional.empty(), "why");
      assertEquals("count-mismatch:" + String.join("+", cited.stream().map(Claim::id).sorted().toList()), finding.id());
    });
  }

  private static Claim claim(String document, int start) {
    Evidence evidence = new Evidence(document, new TextSpan(start, start + 1), "x", new TextSpan(start, start + 1), "x");
    return new Claim(Claim.idOf(evidence, ClaimKind.COUNT), ClaimKind.COUNT, Subject.of("deaths", List.of()),
        NumberValue.of(BigDecimal.ONE), Optional.empty(), new Attribution(Modality.ASSERTED, Optional.empty()), evidence,
        Optional.empty());
  }
}
