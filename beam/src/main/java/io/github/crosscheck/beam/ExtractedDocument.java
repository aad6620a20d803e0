package io.github.crosscheck.beam;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;

/**
 * A document (without its text) and the claims extracted from it, or the part of them that one
 * group needs. This is what crosses the shuffle between extraction and checking, encoded by
 * {@link io.github.crosscheck.beam.codec.ValueCoder}. Immutable.
 */
public record ExtractedDocument(FeedDocument origin, ImmutableList<Claim> claims) {
  public ExtractedDocument {
    requireNonNull(origin, "origin");
    requireNonNull(claims, "claims");
  }
}
