package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;

/**
 * Claims that corroborate the same value for the same subject ("the call was on 17 January 2025":
 * six claims in three articles). Figures need two sources; an event dated alike twice, even within
 * one article, is reported too, with {@link #sources()} saying how many sources stand behind it. {@code value} is the most precise value
 * they share, in canonical form. Immutable.
 */
public record Agreement(String subject, String value, ImmutableList<Claim> claims) {
  public Agreement {
    requireNonNull(subject, "subject");
    requireNonNull(value, "value");
    requireNonNull(claims, "claims");
    checkArgument(claims.size() >= 2, "an agreement needs two claims, got %s", claims);
  }

  /** How many documents the claims come from. */
  public long sources() {
    return claims.stream().map(Claim::documentId).distinct().count();
  }
}
