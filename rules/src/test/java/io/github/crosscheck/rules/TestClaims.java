package io.github.crosscheck.rules;

import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.text.TextSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds claims directly, without extraction, for tests of the rule engine. */
final class TestClaims {
  private static final AtomicInteger OFFSET = new AtomicInteger();

  private TestClaims() {}

  static Entity person(String name) {
    return new Entity(name, EntityType.PERSON);
  }

  static Claim count(String document, String predicate, long value, Entity... participants) {
    return claim(document, ClaimKind.COUNT, predicate, NumberValue.of(BigDecimal.valueOf(value)), Modality.ASSERTED,
        participants);
  }

  static Claim count(String document, String predicate, long value, Modifier modifier, Entity... participants) {
    return claim(document, ClaimKind.COUNT, predicate, NumberValue.of(BigDecimal.valueOf(value), modifier),
        Modality.ASSERTED, participants);
  }

  static Claim eventOn(String document, String type, LocalDate day, Entity... participants) {
    return claim(document, ClaimKind.EVENT_DATE, type, DateValue.day(day), Modality.ASSERTED, participants);
  }

  static Claim claim(String document, ClaimKind kind, String predicate, NormalizedValue value, Modality modality,
      Entity... participants) {
    int start = OFFSET.getAndAdd(10);
    String quote = "x".repeat(5);
    Evidence evidence = new Evidence(document, new TextSpan(start, start + 5), quote, new TextSpan(start, start + 5),
        quote);
    return new Claim(Claim.idOf(evidence, kind), kind, Subject.of(predicate, Arrays.asList(participants)), value,
        Optional.empty(), new Attribution(modality, Optional.empty()), evidence, Optional.empty());
  }

  static Document document(String id, String published) {
    return new Document(id, Optional.empty(), Optional.empty(),
        published == null ? Optional.empty() : Optional.of(PublicationTime.parse(published)), "");
  }
}
