package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;

/**
 * Claims from at least two sources that corroborate the same value for the same subject ("the call
 * was on 17 January 2025": six claims in three articles). {@code value} is the most precise value
 * they share, in canonical form. Immutable.
 */
public record Agreement(String subject, String value, ImmutableList<Claim> claims) {
  public Agreement {
    requireNonNull(subject, "subject");
    requireNonNull(value, "value");
    requireNonNull(claims, "claims");
    checkArgument(claims.stream().map(Claim::documentId).distinct().count() >= 2,
        "an agreement needs claims from two sources, got %s", claims);
  }
}
