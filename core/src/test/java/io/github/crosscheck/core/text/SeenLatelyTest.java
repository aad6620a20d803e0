package io.github.crosscheck.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeenLatelyTest {
  @Test
  void aStretchPutIsFoundWhereverItStandsInAText() {
    SeenLately<Integer> table = new SeenLately<>(8);
    int slot = table.find("the call", 4, 8, false);
    assertTrue(slot < 0);
    table.put(slot, "call", 7);
    int found = table.find("a call", 2, 6, false);
    assertEquals("call", table.key(found));
    assertEquals(7, table.value(found));
    assertTrue(table.find("a Call", 2, 6, false) < 0, "an exact table tells case apart");
  }

  @Test
  void aFoldedTableFindsAStretchWhateverItsAsciiCase() {
    SeenLately<Void> table = new SeenLately<>(8);
    table.put(table.find("Minister", 0, 8, true), "minister", null);
    assertEquals("minister", table.key(table.find("the MINISTER", 4, 12, true)));
  }

  @Test
  void whatIsFoundIsAlwaysWhatWasPutForThatStretchThroughCollisionsAndEvictions() {
    List<String> words = List.of("a", "b", "Aa", "BB", "call", "talks", "", "x-ray", "AaAa", "BBBB", "AaBB");
    qt().withExamples(300).forAll(lists().of(integers().between(0, words.size() - 1)).ofSizeBetween(1, 60))
        .checkAssert(picks -> {
          SeenLately<String> table = new SeenLately<>(4);
          Map<String, String> made = new HashMap<>();
          for (int pick : picks) {
            String word = words.get(pick);
            int slot = table.find(word, 0, word.length(), false);
            if (slot >= 0) {
              assertEquals(word, table.key(slot));
              assertEquals(made.get(word), table.value(slot));
            } else {
              made.put(word, word + "!");
              table.put(slot, word, word + "!");
            }
          }
        });
  }

  @Test
  void aTableIsAPowerOfTwoOfAtLeastItsProbes() {
    assertThrows(IllegalArgumentException.class, () -> new SeenLately<>(6));
    assertThrows(IllegalArgumentException.class, () -> new SeenLately<>(2));
  }
}
