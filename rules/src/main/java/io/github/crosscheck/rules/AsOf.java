package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.document.PublicationTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Decides whether two figures describe the same moment or one updates the other (supersession). A
 * figure is "as of" its source's publication time. Counts that change as a story develops (tolls,
 * listed in {@code volatile-counts.txt}) are the same moment only when published within half an
 * hour; other figures when published within the news cycle. Figures in one document are always
 * the same moment.
 */
public final class AsOf {
  /** How two figures relate in time. */
  public enum Relation { SAME_TIME, UPDATE, UNKNOWN }

  private static final ImmutableSet<String> VOLATILE = load();
  private static final Duration SAME_UPDATE = Duration.ofMinutes(30);

  private AsOf() {}

  public static boolean isVolatile(String predicate) {
    return VOLATILE.contains(predicate);
  }

  public static Relation relation(Claim a, Claim b, RuleContext context) {
    if (a.documentId().equals(b.documentId())) {
      return Relation.SAME_TIME;
    }
    Optional<PublicationTime> pa = context.published(a.documentId());
    Optional<PublicationTime> pb = context.published(b.documentId());
    if (pa.isEmpty() || pb.isEmpty()) {
      return Relation.UNKNOWN;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(pa.get().date(), pb.get().date()));
    if (days > context.config().newsCycleDays()) {
      return Relation.UPDATE;
    }
    if (!isVolatile(a.subject().predicate())) {
      return Relation.SAME_TIME;
    }
    Optional<Instant> ia = pa.get().instant();
    Optional<Instant> ib = pb.get().instant();
    if (ia.isPresent() && ib.isPresent()) {
      return Duration.between(ia.get(), ib.get()).abs().compareTo(SAME_UPDATE) <= 0 ? Relation.SAME_TIME : Relation.UPDATE;
    }
    return days == 0 ? Relation.UNKNOWN : Relation.UPDATE;
  }

  private static ImmutableSet<String> load() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        AsOf.class.getResourceAsStream("volatile-counts.txt"), StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(ImmutableSet.toImmutableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
