package io.github.crosscheck.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import java.util.Comparator;
import java.util.List;
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
  private final ImmutableListMultimap<Key, Claim> groups;
  private final ImmutableListMultimap<ClaimKind, Claim> byKind;
  private final ImmutableListMultimap<ClaimKind, ImmutableList<Claim>> groupsByKind;

  /** A group's key: the claim kind and the subject's predicate. */
  public record Key(ClaimKind kind, String predicate) {}

  private ClaimIndex(List<Claim> claims) {
    this.all = claims.stream().sorted(Comparator.comparing(Claim::id)).collect(ImmutableList.toImmutableList());
    this.byId = Suppliers.memoize(
        () -> all.stream().collect(ImmutableMap.toImmutableMap(Claim::id, Function.identity(), (a, b) -> a)));
    this.groups = Multimaps.index(all, c -> new Key(c.kind(), c.subject().predicate()));
    this.byKind = Multimaps.index(all, Claim::kind);
    ImmutableListMultimap.Builder<ClaimKind, ImmutableList<Claim>> kinds = ImmutableListMultimap.builder();
    groups.keySet().stream().sorted(Comparator.comparing(Key::predicate))
        .forEach(k -> kinds.put(k.kind(), groups.get(k)));
    this.groupsByKind = kinds.build();
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
    return groups.get(new Key(kind, predicate));
  }

  /** Every group of one kind, each a list of claims sharing a predicate, in predicate order. */
  public ImmutableList<ImmutableList<Claim>> groups(ClaimKind kind) {
    return groupsByKind.get(kind);
  }

  /** All claims of one kind. */
  public ImmutableList<Claim> ofKind(ClaimKind kind) {
    return byKind.get(kind);
  }

  public int size() {
    return all.size();
  }
}
