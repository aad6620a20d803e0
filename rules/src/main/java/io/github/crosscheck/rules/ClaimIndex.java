package io.github.crosscheck.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import java.util.ArrayList;
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
  /**
   * Each kind's claims in id order: a kind of one predicate is that group, set at once; the others are
   * gathered on first use, since most rules read groups, not kinds.
   */
  private final java.util.concurrent.atomic.AtomicReferenceArray<ImmutableList<Claim>> byKind =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(ClaimKind.values().length);
  private final java.util.EnumMap<ClaimKind, ImmutableList<ImmutableList<Claim>>> groupsByKind =
      new java.util.EnumMap<>(ClaimKind.class);


  private static final ClaimKind[] KINDS = ClaimKind.values();
  private static final Comparator<Claim> BY_PREDICATE =
      (a, b) -> a.subject().predicate().compareTo(b.subject().predicate());

  private ClaimIndex(List<Claim> claims) {
    this.all = inIdOrder(claims) ? ImmutableList.copyOf(claims)
        : claims.stream().sorted(Comparator.comparing(Claim::id)).collect(ImmutableList.toImmutableList());
    this.byId = Suppliers.memoize(
        () -> all.stream().collect(ImmutableMap.toImmutableMap(Claim::id, Function.identity(), (a, b) -> a)));
    // The claims sorted by group once: each group is then a run of one list and a kind's groups follow
    // one another in predicate order, so no group is collected or copied on its own.
    Claim[] sorted = inGroupOrder(all);
    ImmutableList<Claim> byGroup = ImmutableList.copyOf(sorted);
    for (int start = 0; start < sorted.length; ) {
      ClaimKind kind = sorted[start].kind();
      List<ImmutableList<Claim>> ofKind = new ArrayList<>();
      while (start < sorted.length && sorted[start].kind() == kind) {
        String predicate = sorted[start].subject().predicate();
        int end = start + 1;
        while (end < sorted.length && sorted[end].kind() == kind && sorted[end].subject().predicate().equals(predicate)) {
          end++;
        }
        ImmutableList<Claim> group = byGroup.subList(start, end);
        ofKind.add(group);
        start = end;
      }
      groupsByKind.put(kind, ImmutableList.copyOf(ofKind));
      if (ofKind.size() == 1) {
        byKind.set(kind.ordinal(), ofKind.get(0));
      }
    }
  }

  /**
   * The claims by kind (in kind order), then predicate, each group keeping the claims' order: placed
   * by kind in one pass, then each kind sorted stably by predicate (a kind of one predicate is one run,
   * read once).
   */
  private static Claim[] inGroupOrder(List<Claim> claims) {
    int[] next = new int[KINDS.length + 1];
    for (int i = 0; i < claims.size(); i++) {
      next[claims.get(i).kind().ordinal() + 1]++;
    }
    for (int k = 1; k <= KINDS.length; k++) {
      next[k] += next[k - 1];
    }
    int[] start = next.clone();
    Claim[] placed = new Claim[claims.size()];
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      placed[next[claim.kind().ordinal()]++] = claim;
    }
    for (int k = 0; k < KINDS.length; k++) {
      if (start[k + 1] - start[k] > 1) {
        java.util.Arrays.sort(placed, start[k], start[k + 1], BY_PREDICATE);
      }
    }
    return placed;
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
    // A kind's groups are in predicate order: found by binary search, no map of groups kept.
    ImmutableList<ImmutableList<Claim>> ofKind = groups(kind);
    int low = 0;
    int high = ofKind.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = ofKind.get(middle).get(0).subject().predicate().compareTo(predicate);
      if (order == 0) {
        return ofKind.get(middle);
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return ImmutableList.of();
  }

  /** Every group of one kind, each a list of claims sharing a predicate, in predicate order. */
  public ImmutableList<ImmutableList<Claim>> groups(ClaimKind kind) {
    return groupsByKind.getOrDefault(kind, ImmutableList.of());
  }

  /** All claims of one kind. */
  public ImmutableList<Claim> ofKind(ClaimKind kind) {
    ImmutableList<Claim> known = byKind.get(kind.ordinal());
    if (known != null) {
      return known;
    }
    if (!groupsByKind.containsKey(kind)) {
      return ImmutableList.of();
    }
    // Gathered again by a thread that races another here: the same list, so either may be kept.
    ImmutableList.Builder<Claim> ofKind = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind() == kind) {
        ofKind.add(all.get(i));
      }
    }
    byKind.compareAndSet(kind.ordinal(), null, ofKind.build());
    return byKind.get(kind.ordinal());
  }

  public int size() {
    return all.size();
  }
}
