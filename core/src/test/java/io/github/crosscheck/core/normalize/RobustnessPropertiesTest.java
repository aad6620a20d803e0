package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.text.TextSpan;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** No input makes the normalizer throw or run away, and a modifier never narrows a value. */
class RobustnessPropertiesTest {
  private static final Optional<PublicationTime> REF = Optional.of(PublicationTime.parse("2025-01-17T11:03:00-05:00"));
  private static final List<String> VOCABULARY = List.of("Jan.", "19", ",", "2025", "last", "next", "Friday", "May",
      "more", "than", "about", "$", "€", "1.5", "billion", "percent", "%", "-", "/", ".", ":", "12", "a.m.", "ET",
      "in", "days", "ago", "two", "hundred", "and", "a", "half", "the", "end", "of", "mid", "year", "'", "s",
      "before", "after", "vote", "within", "hours", "tomorrow", "quarter", "to", "seven", "1,200", "US", "m",
      "twenty", "-", "first", "Easter", "since", "by", "until", "(", ")", "GMT", "1200", "+", "3/4", "0", "99999");

  /** News-like token soup: lexicon words, digits and punctuation in random order and spacing. */
  static Gen<String> soup() {
    Gen<String> token = Generate.pick(VOCABULARY);
    Gen<String> gap = Generate.pick(List.of(" ", "", " ", "  ", "\n"));
    return lists().of(token).ofSizeBetween(0, 40).zip(lists().of(gap).ofSizeBetween(40, 40), (words, gaps) -> {
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < words.size(); k++) {
        s.append(words.get(k)).append(gaps.get(k));
      }
      return s.toString();
    });
  }

  static Gen<String> anyText() {
    return strings().allPossible().ofLengthBetween(0, 300).mix(soup(), 60)
        .mix(strings().betweenCodePoints(0x1F300, 0x1F64F).ofLengthBetween(0, 30), 5);
  }

  @Test
  void noInputMakesTheNormalizerThrowAndSpansAreExact() {
    qt().withExamples(1500).forAll(anyText()).checkAssert(text -> {
      check(text, REF);
      check(text, Optional.empty());
    });
  }

  private static void check(String text, Optional<PublicationTime> ref) {
    ImmutableList<Expression> found = Normalizer.english().find(text, ref);
    List<Expression> previous = new ArrayList<>();
    for (Expression e : found) {
      assertEquals(text.substring(e.span().start(), e.span().end()), e.text());
      for (Expression p : previous) {
        assertTrue(p.kind() != e.kind() || !p.span().overlaps(e.span()), () -> "same-kind overlap: " + p + " / " + e);
      }
      previous.add(e);
    }
  }

  @Test
  void aRegionLimitsTheSearchButSpansIndexTheWholeText() {
    String text = "On Friday it rose 5%. On Monday it fell 2%.";
    int second = text.indexOf("On Monday");
    ImmutableList<Expression> found = Normalizer.english().find(text, TextSpan.of(second, text.length()), REF);
    assertEquals(2, found.size());
    assertTrue(found.stream().allMatch(e -> e.span().start() >= second && e.text().equals(e.span().of(text))));
  }

  @Test
  void aModifierNeverNarrowsAnExactValue() {
    Gen<BigDecimal> values = integers().between(-1_000_000, 1_000_000).map(i -> BigDecimal.valueOf(i, 2));
    qt().withExamples(500).forAll(values, integers().between(0, Modifier.values().length - 1)).checkAssert((v, m) -> {
      Range<BigDecimal> r = NumberValue.of(v, Modifier.values()[m]).bounds();
      assertTrue((!r.hasLowerBound() || r.lowerEndpoint().compareTo(v) <= 0)
          && (!r.hasUpperBound() || r.upperEndpoint().compareTo(v) >= 0), () -> Modifier.values()[m] + " " + v + " " + r);
      DurationValue d = new DurationValue(java.time.Period.ZERO, Duration.ofSeconds(v.abs().longValue()),
          Modifier.values()[m]);
      Range<BigDecimal> s = d.seconds();
      BigDecimal x = d.approximateSeconds();
      assertTrue((!s.hasLowerBound() || s.lowerEndpoint().compareTo(x) <= 0)
          && (!s.hasUpperBound() || s.upperEndpoint().compareTo(x) >= 0));
    });
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void hostileMegabyteInputsYieldNothingHarmfulInBoundedTime() {
    List<String> hostile = List.of("more than ".repeat(100_000), "9".repeat(100_000), "x".repeat(1_000_000),
        "two days before ".repeat(50_000), "January ".repeat(100_000), "1/".repeat(300_000), "- ".repeat(300_000),
        "the year after ".repeat(60_000), "twenty-".repeat(100_000), "12:".repeat(200_000));
    for (String text : hostile) {
      long start = System.nanoTime();
      ImmutableList<Expression> found = Normalizer.english().find(text, REF);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 20_000, () -> "took " + millis + " ms on " + text.substring(0, 20));
      assertTrue(found.size() <= text.length());
    }
    Normalizer.english().find("99999999999999999999 trillion", REF).forEach(e ->
        assertTrue(e.kind() != ExpressionKind.NUMBER, "a giant number has no value"));
  }
}
