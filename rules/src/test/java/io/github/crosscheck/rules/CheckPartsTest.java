package io.github.crosscheck.rules;

import static io.github.crosscheck.rules.TestClaims.claim;
import static io.github.crosscheck.rules.TestClaims.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DerivedDate;
import io.github.crosscheck.core.normalize.DurationValue;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.text.TextSpan;
import io.github.crosscheck.rules.report.JsonReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheckPartsTest {
  private static final List<Entity> CAST = List.of(
      new Entity("Irena Malek", EntityType.PERSON), new Entity("Tomas Ruiz", EntityType.PERSON),
      new Entity("Harbor Authority", EntityType.ORGANIZATION), new Entity("Kessel Bridge", EntityType.PLACE),
      new Entity("Peru", EntityType.COUNTRY), new Entity("Japan", EntityType.COUNTRY));
  private static final List<String> EVENTS = List.of("call", "meeting", "summit");
  private static final LocalDate START = LocalDate.of(2025, 3, 1);

  private final Checker checker = Checker.builder().build();

  @Test
  void checkingPartByPartGivesTheReportOfOneCheckOfEverything() {
    qt().withExamples(150).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Document> documents = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      int count = 2 + random.nextInt(10);
      for (int d = 0; d < count; d++) {
        String id = "doc" + d;
        documents.add(document(id, random.nextInt(5) == 0 ? null : START.plusDays(random.nextInt(20)).toString()));
        for (int c = 0, n = 1 + random.nextInt(6); c < n; c++) {
          claims.add(randomClaim(id, random));
        }
      }
      List<Document> sorted = documents.stream().sorted(java.util.Comparator.comparing(Document::id)).toList();
      Report byParts = checker.evaluate(sorted, ImmutableList.of(), claims, Optional.empty());
      Report whole = checker.evaluate(sorted, ImmutableList.of(), claims, Optional.empty(), (graph, stories) -> CheckParts.Split.whole(graph.claims()));
      assertEquals(JsonReport.render(whole), JsonReport.render(byParts), "seed " + seed);
    });
  }

  private static Claim randomClaim(String document, Random random) {
    Entity[] participants = random.ints(random.nextInt(3), 0, CAST.size()).distinct().mapToObj(CAST::get)
        .toArray(Entity[]::new);
    String event = EVENTS.get(random.nextInt(EVENTS.size()));
    LocalDate day = START.plusDays(random.nextInt(12));
    Modality modality = random.nextInt(8) == 0 ? Modality.NEGATED : Modality.ASSERTED;
    return switch (random.nextInt(5)) {
      case 0, 1 -> claim(document, ClaimKind.EVENT_DATE, event, DateValue.day(day), modality, participants);
      case 2 -> claim(document, ClaimKind.EVENT_DATE, event, derivedFrom(EVENTS.get(random.nextInt(EVENTS.size()))),
          modality, participants);
      case 3 -> claim(document, ClaimKind.COUNT, "deaths", NumberValue.of(BigDecimal.valueOf(10 + random.nextInt(3))),
          modality, participants);
      default -> recency(claim(document, ClaimKind.RECENCY, event, years(1 + random.nextInt(3)), modality, participants),
          random.nextBoolean() ? Optional.of(DateValue.day(day)) : Optional.empty());
    };
  }

  /** "Two days before the {@code anchor}": dated only when the story dates that event. */
  private static NormalizedValue derivedFrom(String anchor) {
    return new DerivedDate(Period.ofDays(-2), new TextSpan(0, 5), "the " + anchor, Optional.empty(), Optional.empty(),
        Modifier.EXACT);
  }

  private static DurationValue years(int n) {
    return new DurationValue(Period.ofYears(n), Duration.ZERO, Modifier.APPROXIMATE);
  }

  private static Claim recency(Claim claim, Optional<NormalizedValue> occasion) {
    DurationValue gap = (DurationValue) claim.value();
    return claim.withRecency(new Recency(1, Optional.of(gap), Optional.empty(), Optional.empty(),
        Optional.empty(), occasion));
  }
}
