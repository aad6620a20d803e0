package io.github.crosscheck.beam;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.crosscheck.core.claim.Claim;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which group a document's claims are checked in. A document that names a story goes whole to
 * {@code story:<id>}: the group is exactly the story the command line would check. A document that
 * names none is split by claim predicate, each part to {@code predicate:<predicate>}, since rules
 * only compare claims of one predicate (stages that cross predicates are lost; see docs/beam.md).
 * Pure functions.
 */
public final class GroupKeys {
  private static final String STORY = "story:";
  private static final String PREDICATE = "predicate:";

  private GroupKeys() {}

  public static String story(String id) {
    return STORY + id;
  }

  public static String predicate(String predicate) {
    return PREDICATE + predicate;
  }

  /** The story id of a story key. */
  public static Optional<String> storyOf(String key) {
    return key.startsWith(STORY) ? Optional.of(key.substring(STORY.length())) : Optional.empty();
  }

  /** The predicate of a predicate key. */
  public static Optional<String> predicateOf(String key) {
    return key.startsWith(PREDICATE) ? Optional.of(key.substring(PREDICATE.length())) : Optional.empty();
  }

  /**
   * The groups of an extracted document, each with the claims it takes there, by key order. A
   * document with a story always has its group (its publication time counts even without claims);
   * one without a story and without claims has none.
   */
  public static Map<String, ExtractedDocument> split(ExtractedDocument extracted) {
    Map<String, ExtractedDocument> groups = new TreeMap<>();
    Optional<String> story = extracted.origin().story();
    if (story.isPresent()) {
      groups.put(story(story.get()), extracted);
      return groups;
    }
    ImmutableListMultimap<String, Claim> byPredicate =
        Multimaps.index(extracted.claims(), c -> c.subject().predicate());
    for (String predicate : byPredicate.keySet()) {
      groups.put(predicate(predicate),
          new ExtractedDocument(extracted.origin(), ImmutableList.copyOf(byPredicate.get(predicate))));
    }
    return groups;
  }
}
