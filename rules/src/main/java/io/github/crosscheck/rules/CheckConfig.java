package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a check is run: which rules are off, the tolerances, suppressions and source tiers.
 *
 * <ul>
 *   <li>{@code quantityTolerance}: relative slack added to both sides before two counts or amounts
 *       are said to conflict (0.01 = 1 %), on top of the rounding a figure's own wording implies
 *       ("170 million" is rounded to the million).
 *   <li>{@code ratePoints}: absolute slack in percentage points for rates.
 *   <li>{@code newsCycleDays}: how close two publication times must be for sources to be telling
 *       the same news; events of a kind that recurs (calls, meetings) are only taken for the same
 *       event inside it.
 *   <li>{@code tiers}: source reliability by document id or outlet name.
 * </ul>
 * Immutable; built with {@link #builder()}.
 */
public record CheckConfig(
    ImmutableSet<String> disabledRules,
    BigDecimal quantityTolerance,
    BigDecimal ratePoints,
    int newsCycleDays,
    ImmutableList<Suppression> suppressions,
    ImmutableMap<String, SourceTier> tiers) {

  public static final CheckConfig DEFAULT = builder().build();

  public CheckConfig {
    requireNonNull(disabledRules, "disabledRules");
    requireNonNull(quantityTolerance, "quantityTolerance");
    checkArgument(quantityTolerance.signum() >= 0 && quantityTolerance.compareTo(BigDecimal.ONE) < 0,
        "quantityTolerance must be in [0, 1), got %s", quantityTolerance);
    requireNonNull(ratePoints, "ratePoints");
    checkArgument(ratePoints.signum() >= 0, "ratePoints must be >= 0, got %s", ratePoints);
    checkArgument(newsCycleDays >= 0, "newsCycleDays must be >= 0, got %s", newsCycleDays);
    requireNonNull(suppressions, "suppressions");
    requireNonNull(tiers, "tiers");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.disabled.addAll(disabledRules);
    b.quantityTolerance = quantityTolerance;
    b.ratePoints = ratePoints;
    b.newsCycleDays = newsCycleDays;
    b.suppressions.addAll(suppressions);
    b.tiers.putAll(tiers);
    return b;
  }

  public boolean enabled(String ruleId) {
    return !disabledRules.contains(ruleId);
  }

  /** The tier of a source, looked up by document id, then by outlet; {@code STANDARD} by default. */
  public SourceTier tierOf(String documentId, String outlet) {
    SourceTier byId = tiers.get(documentId);
    if (byId != null) {
      return byId;
    }
    return outlet == null ? SourceTier.STANDARD : tiers.getOrDefault(outlet, SourceTier.STANDARD);
  }

  /** Builds a {@link CheckConfig}. */
  public static final class Builder {
    private final Set<String> disabled = new HashSet<>();
    private BigDecimal quantityTolerance = new BigDecimal("0.01");
    private BigDecimal ratePoints = new BigDecimal("0.5");
    private int newsCycleDays = 2;
    private final List<Suppression> suppressions = new ArrayList<>();
    private final Map<String, SourceTier> tiers = new HashMap<>();

    private Builder() {}

    public Builder disable(String... ruleIds) {
      disabled.addAll(List.of(ruleIds));
      return this;
    }

    public Builder enable(String... ruleIds) {
      disabled.removeAll(List.of(ruleIds));
      return this;
    }

    public Builder quantityTolerance(BigDecimal relative) {
      this.quantityTolerance = relative;
      return this;
    }

    public Builder ratePoints(BigDecimal points) {
      this.ratePoints = points;
      return this;
    }

    public Builder newsCycleDays(int days) {
      this.newsCycleDays = days;
      return this;
    }

    public Builder suppress(Suppression suppression) {
      suppressions.add(requireNonNull(suppression, "suppression"));
      return this;
    }

    /** Rates a source, by document id or outlet name. */
    public Builder tier(String documentIdOrOutlet, SourceTier tier) {
      tiers.put(requireNonNull(documentIdOrOutlet, "documentIdOrOutlet"), requireNonNull(tier, "tier"));
      return this;
    }

    public CheckConfig build() {
      return new CheckConfig(ImmutableSet.copyOf(disabled), quantityTolerance, ratePoints, newsCycleDays,
          ImmutableList.copyOf(suppressions), ImmutableMap.copyOf(tiers));
    }
  }
}
