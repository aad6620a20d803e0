package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SharedHitsTest {
  @Test
  void aSharedHitIsTheHitThatWouldHaveBeenMadeForAnyKeyAndEnd() {
    SharedHits<String> hits = new SharedHits<>(10);
    qt().forAll(integers().between(-5, 20), integers().between(-3, SharedHits.ENDS + 10)).checkAssert((key, end) -> {
      String value = "value " + key;
      assertEquals(Optional.of(new Hit<>(value, end)), hits.of(key, value, end));
      assertEquals(Optional.of(new Hit<>(value, end)), hits.of(key, value, end), "asked again");
    });
  }

  @Test
  void aHitInsideTheTableIsHandedOutAgain() {
    SharedHits<String> hits = new SharedHits<>(3);
    assertSame(hits.of(2, "two", 7), hits.of(2, "two", 7));
    assertSame(SharedHits.number(19, 4), SharedHits.number(19, 4));
    assertEquals(Optional.of(new Hit<>(2025, 4)), SharedHits.number(2025, 4), "a number outside the table is made");
  }
}
