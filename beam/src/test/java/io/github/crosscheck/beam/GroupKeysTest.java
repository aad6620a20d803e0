package io.github.crosscheck.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimExtractor;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupKeysTest {
  private final ClaimExtractor extractor = ClaimExtractor.english();

  @Test
  void aDocumentWithAStoryGoesWholeToItsStory() throws IOException {
    Document document = FixtureStories.load().get("two-calls").documents().get(0);
    ExtractedDocument extracted = new ExtractedDocument(
        new FeedDocument(Optional.of("s1"), "f", 1, document), extractor.extract(document));
    assertEquals(Map.of("story:s1", extracted), GroupKeys.split(extracted));
  }

  @Test
  void aDocumentWithoutAStoryIsSplitByPredicateLosingNoClaim() throws IOException {
    Story story = FixtureStories.load().get("merger-money");
    for (Document document : story.documents()) {
      ExtractedDocument extracted = new ExtractedDocument(
          new FeedDocument(Optional.empty(), "f", 1, document), extractor.extract(document));
      Map<String, ExtractedDocument> groups = GroupKeys.split(extracted);
      Set<String> predicates = extracted.claims().stream().map(c -> "predicate:" + c.subject().predicate())
          .collect(Collectors.toSet());
      assertEquals(predicates, groups.keySet());
      groups.forEach((key, part) -> part.claims().forEach(
          c -> assertEquals(key, GroupKeys.predicate(c.subject().predicate()))));
      assertEquals(Set.copyOf(extracted.claims()), groups.values().stream()
          .flatMap(g -> g.claims().stream()).collect(Collectors.<Claim>toSet()));
    }
  }

  @Test
  void aDocumentWithoutStoryOrClaimsHasNoGroup() {
    ExtractedDocument extracted = new ExtractedDocument(
        new FeedDocument(Optional.empty(), "f", 1, Document.undated("x", "Nothing here.")),
        com.google.common.collect.ImmutableList.of());
    assertEquals(Map.of(), GroupKeys.split(extracted));
  }
}
