package io.github.crosscheck.rules.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CreationOrderTest {
  @Test
  void packedKeysOrderEventsAsComparingTheirNumbersDoes() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = random.nextInt(60);
      int[] type = new int[n];
      int[] phase = new int[n];
      long[] width = new long[n];
      long[] firstDay = new long[n];
      String[] firstClaim = new String[n];
      for (int i = 0; i < n; i++) {
        // Few distinct values, so many events tie on the numbers and are ordered by claim id.
        type[i] = random.nextInt(3);
        phase[i] = random.nextInt(3);
        width[i] = random.nextInt(3) * 30L;
        firstDay[i] = 20_000 + random.nextInt(4) - (random.nextBoolean() ? 0 : 40_000);
        firstClaim[i] = "doc" + random.nextInt(5) + ":" + random.nextInt(1000) + "-" + i;
      }
      assertArrayEquals(EventResolver.creationOrder(type, phase, width, firstDay, firstClaim, false),
          EventResolver.creationOrder(type, phase, width, firstDay, firstClaim, true), "seed " + seed);
    });
  }
}
