package io.github.crosscheck.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The claims of a story indexed by kind and subject predicate, so rules compare claims only within
 * a group ("counts of deaths", "dates of calls") and never all pairs. Groups and their claims are
 * in a stable order (by claim id), whatever order the documents came in. Immutable.
 */
public final class ClaimIndex {
  private final ImmutableList<Claim> all;
  /** Built on first use: few callers look claims up by id. */
  private final Supplier<ImmutableMap<String, Claim>> byId;
  private final ImmutableMap<Key, ImmutableList<Claim>> groups;
  private final java.util.EnumMap<ClaimKind, ImmutableList<Claim>> byKind = new java.util.EnumMap<>(ClaimKind.class);
  private final java.util.EnumMap<ClaimKind, ImmutableList<ImmutableList<Claim>>> groupsByKind =
      new java.util.EnumMap<>(ClaimKind.class);

  /** A group's key: the claim kind and the subject's predicate. */
  public record Key(ClaimKind kind, String predicate) {}

  private ClaimIndex(List<Claim> claims) {
    this.all = inIdOrder(claims) ? ImmutableList.copyOf(claims)
        : claims.stream().sorted(Comparator.comparing(Claim::id)).collect(ImmutableList.toImmutableList());
    this.byId = Suppliers.memoize(
        () -> all.stream().collect(ImmutableMap.toImmutableMap(Claim::id, Function.identity(), (a, b) -> a)));
    // One pass: each group's list is built once and shared by group() and groups(kind).
    Map<Key, List<Claim>> byKey = new LinkedHashMap<>();
    Map<ClaimKind, List<Claim>> kinds = new java.util.EnumMap<>(ClaimKind.class);
    for (Claim claim : all) {
      byKey.computeIfAbsent(new Key(claim.kind(), claim.subject().predicate()), k -> new ArrayList<>()).add(claim);
      kinds.computeIfAbsent(claim.kind(), k -> new ArrayList<>()).add(claim);
    }
    ImmutableMap.Builder<Key, ImmutableList<Claim>> built = ImmutableMap.builderWithExpectedSize(byKey.size());
    byKey.forEach((key, group) -> built.put(key, ImmutableList.copyOf(group)));
    this.groups = built.buildOrThrow();
    kinds.forEach((kind, ofKind) -> byKind.put(kind, ImmutableList.copyOf(ofKind)));
    Map<ClaimKind, List<ImmutableList<Claim>>> ofKind = new java.util.EnumMap<>(ClaimKind.class);
    groups.forEach((key, group) -> ofKind.computeIfAbsent(key.kind(), x -> new ArrayList<>()).add(group));
    ofKind.forEach((kind, lists) -> {
      lists.sort(Comparator.comparing(group -> group.get(0).subject().predicate()));
      groupsByKind.put(kind, ImmutableList.copyOf(lists));
    });
  }

  private static boolean inIdOrder(List<Claim> claims) {
    for (int i = 1; i < claims.size(); i++) {
      if (claims.get(i - 1).id().compareTo(claims.get(i).id()) > 0) {
        return false;
      }
    }
    return true;
  }

  public static ClaimIndex of(List<Claim> claims) {
    return new ClaimIndex(claims);
  }

  public ImmutableList<Claim> all() {
    return all;
  }

  public Optional<Claim> byId(String id) {
    return Optional.ofNullable(byId.get().get(id));
  }

  /** The claims of one kind and predicate, e.g. ({@code COUNT}, {@code deaths}). */
  public ImmutableList<Claim> group(ClaimKind kind, String predicate) {
    return groups.getOrDefault(new Key(kind, predicate), ImmutableList.of());
  }

  /** Every group of one kind, each a list of claims sharing a predicate, in predicate order. */
  public ImmutableList<ImmutableList<Claim>> groups(ClaimKind kind) {
    return groupsByKind.getOrDefault(kind, ImmutableList.of());
  }

  /** All claims of one kind. */
  public ImmutableList<Claim> ofKind(ClaimKind kind) {
    return byKind.getOrDefault(kind, ImmutableList.of());
  }

  public int size() {
    return all.size();
  }
}
