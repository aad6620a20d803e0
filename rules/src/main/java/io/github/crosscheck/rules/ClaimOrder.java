package io.github.crosscheck.rules;

import io.github.crosscheck.core.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts claims in id order, the order every report lists them in, document by document: a claim's id
 * starts with its document's id and a colon ({@link Claim#idOf}), so the claims of one document sit
 * together in id order, and the documents follow one another in the order of their ids with the
 * colon. Sorting the documents, then each document's few claims, gives the order a sort of all ids
 * gives, without comparing the ids of a large check with each other many times over. Claims whose
 * ids do not start that way, and documents whose id with its colon starts another's ({@code a} and
 * {@code a:b}), whose claims' ids could interleave, are sorted as one list instead. Stable: claims
 * with equal ids keep their order.
 */
final class ClaimOrder {
  private static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::id);

  private ClaimOrder() {}

  static List<Claim> byId(List<Claim> claims) {
    Map<String, List<Claim>> byDocument = new HashMap<>();
    List<String> documents = new ArrayList<>();
    String previous = null;
    List<Claim> ofPrevious = null;
    for (Claim claim : claims) {
      String document = claim.documentId();
      if (!startsWithDocument(claim.id(), document)) {
        return sortedWhole(claims);
      }
      if (!document.equals(previous)) {
        previous = document;
        ofPrevious = byDocument.computeIfAbsent(document, d -> {
          documents.add(d);
          return new ArrayList<>();
        });
      }
      ofPrevious.add(claim);
    }
    documents.sort(ClaimOrder::compareWithColon);
    for (int d = 1; d < documents.size(); d++) {
      if (startsWithDocument(documents.get(d), documents.get(d - 1))) {
        return sortedWhole(claims);
      }
    }
    List<Claim> result = new ArrayList<>(claims.size());
    for (String document : documents) {
      List<Claim> ofDocument = byDocument.get(document);
      ofDocument.sort(BY_ID);
      result.addAll(ofDocument);
    }
    return result;
  }

  private static List<Claim> sortedWhole(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(BY_ID);
    return sorted;
  }

  /** Whether {@code id} starts with {@code document} and a colon. */
  private static boolean startsWithDocument(String id, String document) {
    return id.length() > document.length() && id.charAt(document.length()) == ':' && id.startsWith(document);
  }

  /** Compares {@code a + ":"} with {@code b + ":"}, without building either. */
  static int compareWithColon(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return x - y;
      }
    }
    if (a.length() == b.length()) {
      return 0;
    }
    // One id is a prefix of the other: the shorter one's colon meets the longer one's next character.
    if (a.length() < b.length()) {
      return b.charAt(common) == ':' ? -1 : ':' - b.charAt(common);
    }
    return a.charAt(common) == ':' ? 1 : a.charAt(common) - ':';
  }
}
