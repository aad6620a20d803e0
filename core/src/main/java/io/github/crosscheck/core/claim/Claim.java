package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.NormalizedValue;
import java.util.Optional;

/**
 * One checkable statement of one source: what kind of claim it is, what it is about, its
 * normalized value, how firmly it is stated, and where. For recency and contact claims
 * {@link #recency()} carries the structure and {@link #value()} the gap or the since-date.
 * {@code reference} is the publication time the value was resolved against (empty when unknown).
 * The id is stable: the document id and the claim phrase's offsets. Immutable and thread-safe.
 */
public record Claim(
    String id,
    ClaimKind kind,
    Subject subject,
    NormalizedValue value,
    Optional<Recency> recency,
    Attribution attribution,
    Evidence evidence,
    Optional<PublicationTime> reference) {

  public Claim {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(value, "value");
    requireNonNull(recency, "recency");
    requireNonNull(attribution, "attribution");
    requireNonNull(evidence, "evidence");
    requireNonNull(reference, "reference");
  }

  /** The stable id of a claim of this kind at this place: {@code a.txt:146-177:recency}. */
  public static String idOf(Evidence evidence, ClaimKind kind) {
    return evidence.documentId() + ":" + evidence.span().start() + "-" + evidence.span().end() + ":" + kind.id();
  }

  public String documentId() {
    return evidence.documentId();
  }

  public Modality modality() {
    return attribution.modality();
  }

  /** The same claim about another subject (used when a later stage learns more about it). */
  public Claim withSubject(Subject other) {
    return new Claim(id, kind, other, value, recency, attribution, evidence, reference);
  }

  /** The same claim with another value (used when a derived date's anchor is resolved). */
  public Claim withValue(NormalizedValue other) {
    return new Claim(id, kind, subject, other, recency, attribution, evidence, reference);
  }

  /** The same claim with other recency structure. */
  public Claim withRecency(Recency other) {
    return new Claim(id, kind, subject, value, Optional.of(other), attribution, evidence, reference);
  }

  @Override
  public String toString() {
    return kind.id() + " " + subject.key() + " = " + value.canonical().orElse(value.toString())
        + " (" + attribution.modality().id() + ") \"" + evidence.quote() + "\" @" + id;
  }
}
