package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.text.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A thread's normalizer reuses one region's token arrays and memo rows for the next: nothing carries over. */
class ReusedTokensTest {
  private static final Normalizer NORMALIZER = Normalizer.english();
  private static final Optional<PublicationTime> REF = Optional.of(PublicationTime.parse("2025-01-17"));
  private static final List<String> SENTENCES = List.of(
      "The talks on Friday were the first in four years.",
      "About 170 million Americans use the app, up 12% since March 3, 2024.",
      "The law takes effect on January 19 at 10:30 a.m. EST.",
      "It was 3.",
      "",
      "Two weeks later, the council voted 7-2 to spend $1.5 billion by mid-2026.",
      "Die Ärzte spielten am 3. März — nearly two dozen times, or 40 per cent of the shows.");

  /** Each sentence's expressions as a thread that normalizes nothing else finds them. */
  private static ImmutableList<Expression> alone(String text) throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      return thread.submit(() -> NORMALIZER.find(text, REF)).get();
    } finally {
      thread.shutdown();
    }
  }

  @Test
  void sentencesNormalizedOneAfterAnotherOnOneThreadGiveWhatEachGivesAlone() throws Exception {
    List<ImmutableList<Expression>> expected = new java.util.ArrayList<>();
    for (String sentence : SENTENCES) {
      expected.add(alone(sentence));
    }
    qt().withExamples(300).forAll(lists().of(integers().between(0, SENTENCES.size() - 1)).ofSizeBetween(1, 10))
        .checkAssert(order -> {
          for (int i : order) {
            assertEquals(expected.get(i), NORMALIZER.find(SENTENCES.get(i), REF), SENTENCES.get(i));
          }
        });
  }

  @Test
  void aRegionOfThousandsOfTokensLeavesNothingForTheNext() throws Exception {
    String long_ = String.join(" ", java.util.Collections.nCopies(400, SENTENCES.get(1)));
    String text = long_ + " " + SENTENCES.get(2);
    ImmutableList<Expression> expected = alone(SENTENCES.get(2));
    assertEquals(alone(long_), NORMALIZER.find(long_, REF));
    assertEquals(expected, NORMALIZER.find(SENTENCES.get(2), REF));
    // A region within a longer text: spans still index the whole text.
    TextSpan last = TextSpan.of(long_.length() + 1, text.length());
    assertEquals(expected.stream().map(e -> e.text()).toList(),
        NORMALIZER.find(text, last, REF).stream().map(e -> e.text()).toList());
  }
}
