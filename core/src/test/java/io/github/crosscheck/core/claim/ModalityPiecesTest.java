package io.github.crosscheck.core.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crosscheck.core.text.Literals;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pieces the modality detector looks for before its patterns: every match of a pattern holds one. */
class ModalityPiecesTest {
  /** Words and parts of words around the patterns' alternatives, in several cases, with odd joins. */
  private static final List<String> PIECES = List.of("not", "NOT", "Not", "cannot", "n't", "N'T", "n’t", "didn", "never",
      "No", "no", "longer", "LONGER", "denied", "Denies", "deny", "threaten", "THREATENS", "threat", "threats", "of",
      "to", "vowed", "vow", "impose", "warned", "Warns", "it", "would", "WOULD", "will", "Shall", "plans", "plan",
      "planned", "planning", "is", "are", "was", "set", "expected", "expects", "expect", "scheduled", "intends",
      "intend", "upcoming", "be", "held", "aims", "aim", "hopes", "hope", "proposed", "Could", "said", "says", "wrote",
      "writes", "added", "told", "Said", "”", "\"", "Ana", "Lee", "“", ",", ".", "-", "—", "'", "’", "x", "K", "5");
  private static final List<String> GLUE = List.of(" ", "", "  ", "\n", "-");

  @Test
  void everyNegationThreatAndPlanMatchHoldsOneOfItsPieces() {
    assertEveryMatchHoldsAPiece(ModalityDetector.NEGATION, ModalityDetector.NEGATION_PIECES);
    assertEveryMatchHoldsAPiece(ModalityDetector.THREAT, ModalityDetector.THREAT_PIECES);
    assertEveryMatchHoldsAPiece(ModalityDetector.PLAN, ModalityDetector.PLAN_PIECES);
  }

  @Test
  void everySpeakerMatchHoldsOneOfTheVerbs() {
    assertEveryMatchHoldsAPiece(ModalityDetector.SPEAKER_AFTER, ModalityDetector.SPEAKER_VERBS);
    assertEveryMatchHoldsAPiece(ModalityDetector.SPEAKER_BEFORE, ModalityDetector.SPEAKER_VERBS);
  }

  /** On random texts and random regions of them (opaque bounds, as the detector matches), each match holds a piece. */
  private static void assertEveryMatchHoldsAPiece(Pattern pattern, Literals pieces) {
    qt().withExamples(3000).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 8),
        lists().of(integers().between(0, GLUE.size() - 1)).ofSizeBetween(1, 4), integers().between(0, 40),
        integers().between(0, 40)).checkAssert((picks, glue, a, b) -> {
          StringBuilder built = new StringBuilder();
          for (int i = 0; i < picks.size(); i++) {
            built.append(PIECES.get(picks.get(i))).append(GLUE.get(glue.get(i % glue.size())));
          }
          String text = built.toString();
          int start = Math.min(Math.min(a, b), text.length());
          int end = Math.min(Math.max(a, b), text.length());
          Matcher m = pattern.matcher(text).region(start, end);
          while (m.find()) {
            assertTrue(pieces.anyIn(text, m.start(), m.end()), () -> pattern + " matched \"" + m.group() + "\" in \""
                + text + "\" [" + start + "," + end + ") without a piece");
          }
        });
  }
}
