package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableMap;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.document.Document;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stories of an incremental check, grown document by document with the rule of
 * {@link DocumentStories}: documents whose claims name a common person, organization, product or
 * place tell one story; a document naming nothing specific belongs to the only story there is, or
 * shares one with the others like it. A union-find over document ids, with each story's members
 * kept, so growing costs in proportion to what an addition touches. Not thread-safe.
 */
final class GrowingStories {
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<Entity, Set<String>> documentsByEntity = new HashMap<>();
  private final Set<String> unlinked = new HashSet<>();
  private final Set<String> linkedRoots = new HashSet<>();
  private boolean merged;

  /** Takes note of a claim: its document, and the stories its participants tie together. */
  void note(Claim claim) {
    String document = claim.documentId();
    if (parent.putIfAbsent(document, document) == null) {
      members.computeIfAbsent(document, k -> new HashSet<>()).add(document);
      unlinked.add(document);
    }
    for (Entity entity : claim.subject().participants()) {
      if (entity.type() == EntityType.COUNTRY) {
        continue;
      }
      unlinked.remove(document);
      linkedRoots.add(root(document));
      Set<String> documents = documentsByEntity.computeIfAbsent(entity, k -> new HashSet<>());
      if (!documents.isEmpty()) {
        join(document, documents.iterator().next());
      }
      documents.add(document);
    }
  }

  /** Whether stories were joined since the last call (and forgets it). */
  boolean takeMerged() {
    boolean was = merged;
    merged = false;
    return was;
  }

  /** The root of the only story that names someone, when there is exactly one. */
  Optional<String> onlyStory() {
    return linkedRoots.size() == 1 ? Optional.of(linkedRoots.iterator().next()) : Optional.empty();
  }

  /** The documents naming nothing specific. */
  Set<String> unlinked() {
    return Collections.unmodifiableSet(unlinked);
  }

  /** The documents of the story that had this root (joined to others since, perhaps). */
  Set<String> membersOf(String root) {
    return members.getOrDefault(root(root), Set.of());
  }

  /**
   * A key for the document's story as {@link #storyOf} gives it: documents with the same key have
   * the same story, until the next claim is noted.
   */
  String rootOf(String document) {
    return unlinked.contains(document) ? "" : root(document);
  }

  /** The documents of the document's story, as {@link DocumentStories} would place them. */
  Set<String> storyOf(String document) {
    Set<String> documents = new HashSet<>();
    boolean single = linkedRoots.size() == 1;
    if (unlinked.contains(document)) {
      if (single) {
        documents.addAll(members.get(linkedRoots.iterator().next()));
      }
      documents.addAll(unlinked);
    } else {
      documents.addAll(members.getOrDefault(root(document), Set.of()));
      if (single) {
        documents.addAll(unlinked);
      }
    }
    return documents;
  }

  /** A story number for each document of a partial check, consistent within the call. */
  ImmutableMap<String, Integer> numbers(List<Document> scope) {
    String unplaced = linkedRoots.size() == 1 ? linkedRoots.iterator().next() : "";
    Map<String, Integer> numbers = new HashMap<>();
    ImmutableMap.Builder<String, Integer> result = ImmutableMap.builder();
    for (Document document : scope) {
      String story = unlinked.contains(document.id()) ? unplaced : root(document.id());
      result.put(document.id(), numbers.computeIfAbsent(story, k -> numbers.size()));
    }
    return result.buildOrThrow();
  }

  private String root(String document) {
    String up = parent.getOrDefault(document, document);
    while (!up.equals(document)) {
      String grand = parent.getOrDefault(up, up);
      parent.put(document, grand);
      document = up;
      up = grand;
    }
    return document;
  }

  private void join(String a, String b) {
    String ra = root(a);
    String rb = root(b);
    if (ra.equals(rb)) {
      return;
    }
    merged = true;
    String keep = ra.compareTo(rb) < 0 ? ra : rb;
    String gone = keep.equals(ra) ? rb : ra;
    parent.put(gone, keep);
    if (linkedRoots.remove(gone)) {
      linkedRoots.add(keep);
    }
    // The smaller member set is poured into the larger, so a story absorbing documents one by one stays linear.
    Set<String> kept = members.computeIfAbsent(keep, k -> new HashSet<>());
    Set<String> poured = members.remove(gone);
    if (poured != null && poured.size() > kept.size()) {
      poured.addAll(kept);
      members.put(keep, poured);
    } else if (poured != null) {
      kept.addAll(poured);
    }
  }
}
