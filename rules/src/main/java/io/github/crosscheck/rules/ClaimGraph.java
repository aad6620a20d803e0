package io.github.crosscheck.rules;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A check's claims with their documents and participants numbered: each claim's document as an index
 * into the documents in id order, its participants as indexes into the distinct entities. The passes
 * that look at every claim of a large check — names, stories, parts — then work on arrays of numbers
 * rather than on hash lookups of names. Built in one pass; immutable once built.
 */
final class ClaimGraph {
  private final List<Claim> claims;
  private final List<String> documents;
  private final int[] documentOf;
  private final List<Entity> entities;
  /** The participants of claim {@code i} are {@code participants[start[i]] .. participants[start[i + 1] - 1]}. */
  private final int[] start;
  private final int[] participants;

  private ClaimGraph(List<Claim> claims, List<String> documents, int[] documentOf, List<Entity> entities, int[] start,
      int[] participants) {
    this.claims = claims;
    this.documents = documents;
    this.documentOf = documentOf;
    this.entities = entities;
    this.start = start;
    this.participants = participants;
  }

  static ClaimGraph of(List<Claim> claims) {
    Map<String, Integer> documentIndex = new HashMap<>();
    List<String> documents = new ArrayList<>();
    int[] documentOf = new int[claims.size()];
    Map<Entity, Integer> entityIndex = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    int[] start = new int[claims.size() + 1];
    int[] participants = new int[claims.size() * 2];
    int count = 0;
    String previous = null;
    int previousIndex = -1;
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String document = claim.documentId();
      if (!document.equals(previous)) {
        previous = document;
        previousIndex = indexOf(document, documentIndex, documents);
      }
      documentOf[i] = previousIndex;
      start[i] = count;
      // Walked as a list: a set's iterator would be made for every claim.
      List<Entity> named = claim.subject().participants().asList();
      for (int p = 0; p < named.size(); p++) {
        if (count == participants.length) {
          participants = Arrays.copyOf(participants, count * 2 + 4);
        }
        participants[count++] = indexOf(named.get(p), entityIndex, entities);
      }
    }
    start[claims.size()] = count;
    // Documents are numbered in id order, as the stories number them.
    Integer[] order = new Integer[documents.size()];
    for (int d = 0; d < order.length; d++) {
      order[d] = d;
    }
    Arrays.sort(order, (a, b) -> documents.get(a).compareTo(documents.get(b)));
    int[] rank = new int[order.length];
    List<String> sorted = new ArrayList<>(order.length);
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
      sorted.add(documents.get(order[r]));
    }
    for (int i = 0; i < documentOf.length; i++) {
      documentOf[i] = rank[documentOf[i]];
    }
    return new ClaimGraph(claims, sorted, documentOf, entities, start, Arrays.copyOf(participants, count));
  }

  /** The index of {@code value} in {@code values}, added at the end when new (no capturing lambda per claim). */
  private static <T> int indexOf(T value, Map<T, Integer> index, List<T> values) {
    Integer known = index.get(value);
    if (known != null) {
      return known;
    }
    index.put(value, values.size());
    values.add(value);
    return values.size() - 1;
  }

  /** The same graph over other claims, one for one, whose participants are {@code rename} of these (deduplicated). */
  ClaimGraph renamed(List<Claim> renamedClaims, int[] rename) {
    int[] renamedStart = new int[start.length];
    int[] renamedParticipants = new int[participants.length];
    int count = 0;
    for (int i = 0; i < claims.size(); i++) {
      renamedStart[i] = count;
      for (int p = start[i]; p < start[i + 1]; p++) {
        int entity = rename[participants[p]];
        boolean seen = false;
        for (int q = renamedStart[i]; q < count && !seen; q++) {
          seen = renamedParticipants[q] == entity;
        }
        if (!seen) {
          renamedParticipants[count++] = entity;
        }
      }
    }
    renamedStart[claims.size()] = count;
    return new ClaimGraph(renamedClaims, documents, documentOf, entities, renamedStart,
        Arrays.copyOf(renamedParticipants, count));
  }

  /**
   * Joins, in {@code sets} (over document indexes), the documents whose claims name a common entity
   * that {@code joins} accepts, and returns which documents name at least one such entity.
   */
  boolean[] joinDocumentsNamingAlike(UnionFind sets, java.util.function.Predicate<Entity> joins) {
    boolean[] counts = new boolean[entities.size()];
    for (int e = 0; e < counts.length; e++) {
      counts[e] = joins.test(entities.get(e));
    }
    int[] firstDocument = new int[entities.size()];
    Arrays.fill(firstDocument, -1);
    boolean[] naming = new boolean[documents.size()];
    for (int i = 0; i < claims.size(); i++) {
      int document = documentOf[i];
      for (int p = start[i]; p < start[i + 1]; p++) {
        int entity = participants[p];
        if (!counts[entity]) {
          continue;
        }
        naming[document] = true;
        if (firstDocument[entity] < 0) {
          firstDocument[entity] = document;
        } else {
          sets.union(document, firstDocument[entity]);
        }
      }
    }
    return naming;
  }

  List<Claim> claims() {
    return claims;
  }

  int size() {
    return claims.size();
  }

  /** The documents having claims, in id order. */
  List<String> documents() {
    return documents;
  }

  /** The index of claim {@code i}'s document among {@link #documents()}. */
  int documentOf(int claim) {
    return documentOf[claim];
  }

  /** The distinct participants of all claims. */
  List<Entity> entities() {
    return entities;
  }

  int firstParticipant(int claim) {
    return start[claim];
  }

  int endOfParticipants(int claim) {
    return start[claim + 1];
  }

  /** The entity index of the {@code p}th participant slot (between first and end of a claim's). */
  int participant(int p) {
    return participants[p];
  }
}
