package io.github.crosscheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class RunCutsTest {
  /** A stand-in for the token model: cuts before and after every hyphen. */
  private static Span[] cutAtHyphens(String run) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= run.length(); i++) {
      if (i == run.length() || run.charAt(i) == '-') {
        if (i > start) {
          spans.add(new Span(start, i));
        }
        if (i < run.length()) {
          spans.add(new Span(i, i + 1));
        }
        start = i + 1;
      }
    }
    return spans.toArray(Span[]::new);
  }

  private static int[] pairs(Span[] spans) {
    int[] result = new int[spans.length * 2];
    for (int i = 0; i < spans.length; i++) {
      result[2 * i] = spans[i].getStart();
      result[2 * i + 1] = spans[i].getEnd();
    }
    return result;
  }

  /** Run {@code n} of many: more than the table's slots, so runs share slots and push each other out. */
  private static String run(int n) {
    return "w" + n + (n % 3 == 0 ? "-x" : "") + (n % 7 == 0 ? "-" : "");
  }

  @Test
  void everyAnswerIsTheModelsCutsWhateverTheTableHolds() {
    qt().withExamples(50).forAll(lists().of(integers().between(0, 20_000)).ofSizeBetween(1, 3_000)).checkAssert(picks -> {
      RunCuts cuts = new RunCuts();
      for (int n : picks) {
        String text = " (" + run(n) + ") ";
        assertArrayEquals(pairs(cutAtHyphens(run(n))), cuts.of(text, 2, 2 + run(n).length(), RunCutsTest::cutAtHyphens), run(n));
      }
    });
  }

  @Test
  void aRunSeenLatelyIsNotReadAgain() {
    AtomicInteger reads = new AtomicInteger();
    Function<String, Span[]> model = run -> {
      reads.incrementAndGet();
      return cutAtHyphens(run);
    };
    RunCuts cuts = new RunCuts();
    String text = "the long-standing dispute";
    for (int i = 0; i < 3; i++) {
      cuts.of(text, 4, 17, model);
      cuts.of(text, 18, 25, model);
    }
    assertEquals(2, reads.get());
  }
}
