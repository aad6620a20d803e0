package io.github.crosscheck.beam.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.crosscheck.beam.ExtractedDocument;
import io.github.crosscheck.beam.FeedDocument;
import io.github.crosscheck.core.claim.ClaimExtractor;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
  private static Object roundTrip(Object value) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ValueCodec.encode(value, out);
      return ValueCodec.decode(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyFixtureClaimDecodesEqualToItself() throws Exception {
    ClaimExtractor extractor = ClaimExtractor.english();
    int claims = 0;
    for (String name : io.github.crosscheck.fixtures.Stories.names()) {
      Story story = io.github.crosscheck.fixtures.Stories.load(name);
      for (Document document : story.documents()) {
        ExtractedDocument extracted = new ExtractedDocument(
            new FeedDocument(Optional.of(name), "feed.jsonl", 1, document.withoutText()),
            extractor.extract(document));
        assertEquals(extracted, roundTrip(extracted), document.id());
        claims += extracted.claims().size();
      }
    }
    assertTrue(claims > 0, "the fixtures hold claims");
  }

  @Test
  void documentWithZonedPublicationTimeDecodesEqual() {
    Document document = new Document("a", Optional.of("Wire"), Optional.empty(),
        Optional.of(PublicationTime.of(LocalDateTime.of(2025, 3, 9, 2, 30), ZoneId.of("America/New_York"))), "Text.");
    assertEquals(document, roundTrip(document));
  }

  @Test
  void unpairedSurrogateSurvives() {
    Document document = Document.undated("a", "broken \uD800 text \uDC00");
    assertEquals(document, roundTrip(document));
  }

  @Test
  void beamCoderRoundTripsAFeedDocument() throws CoderException {
    ValueCoder<FeedDocument> coder = ValueCoder.of(FeedDocument.class);
    FeedDocument document = new FeedDocument(Optional.empty(), "f.jsonl", 7, Document.undated("x", "Text."));
    assertEquals(document, CoderUtils.clone(coder, document));
  }

  @Test
  void refusesAValueOutsideTheLibrary() {
    var e = assertThrows(IllegalArgumentException.class, () -> roundTrip(new StringBuilder("x")));
    assertTrue(e.getMessage().contains("java.lang.StringBuilder"), e.getMessage());
  }

  @Test
  void refusesASortedSetWithItsOwnOrder() {
    var set = ImmutableSortedSet.orderedBy(Comparator.<String>reverseOrder()).add("a", "b").build();
    assertThrows(IllegalArgumentException.class, () -> roundTrip(ImmutableList.of(set)));
  }

  @Test
  void refusesToRebuildAnUntrustedClass() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var out = new java.io.DataOutputStream(bytes);
    out.writeByte(Tag.OBJECT.ordinal());
    Tag.writeVarInt(out, 0);
    out.writeByte(Tag.UTF8.ordinal());
    byte[] name = "java.util.ArrayList".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Tag.writeVarInt(out, name.length);
    out.write(name);
    var e = assertThrows(IOException.class, () -> ValueCodec.decode(new ByteArrayInputStream(bytes.toByteArray())));
    assertTrue(e.getMessage().contains("untrusted"), e.getMessage());
  }
}
