package io.github.crosscheck.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.document.InputException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFeedReaderTest {
  @TempDir Path folder;

  private Path feed(String... lines) throws IOException {
    Path path = folder.resolve("feed.jsonl");
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  private static final String GOOD_A =
      "{\"id\":\"a\",\"outlet\":\"Wire\",\"url\":\"https://example.org\",\"published\":\"2025-01-17\",\"text\":\"One.\"}";
  private static final String GOOD_B = "{\"id\":\"b\",\"text\":\"Two.\",\"unknown\":[1,2]}";

  @Test
  void readsEveryDocument() throws IOException {
    Story story = JsonLinesFeedReader.strict().read(feed(GOOD_A, "", GOOD_B));
    assertEquals(List.of("a", "b"), story.documents().stream().map(Document::id).toList());
    assertEquals("Wire", story.documents().get(0).outlet().orElseThrow());
    assertTrue(story.documents().get(1).published().isEmpty());
  }

  @Test
  void strictReaderNamesFeedAndLineOfMalformedJson() throws IOException {
    Path path = feed(GOOD_A, "{\"id\":\"b\",\"text\":", GOOD_B);
    InputException e = assertThrows(InputException.class, () -> JsonLinesFeedReader.strict().read(path));
    assertEquals(Problem.MALFORMED_JSON, e.problem());
    assertEquals(2, e.line().orElseThrow());
    assertTrue(e.getMessage().startsWith(path + ":2"), e.getMessage());
  }

  @Test
  void lenientReaderKeepsGoingAndReportsEveryBadLine() throws IOException {
    Story story = JsonLinesFeedReader.lenient().read(feed(
        GOOD_A,
        "not json",
        "{\"text\":\"no id\"}",
        "{\"id\":\"c\",\"text\":\"\"}",
        "{\"id\":\"d\",\"published\":\"yesterday\",\"text\":\"x\"}",
        "{\"id\":\"a\",\"text\":\"again\"}",
        GOOD_B));
    assertEquals(List.of("a", "b"), story.documents().stream().map(Document::id).toList());
    assertEquals(List.of(Problem.MALFORMED_JSON, Problem.MISSING_FIELD, Problem.EMPTY_TEXT, Problem.INVALID_DATE,
        Problem.DUPLICATE_ID), story.skipped().stream().map(InputException::problem).toList());
    assertEquals(List.of(2, 3, 4, 5, 6), story.skipped().stream().map(e -> e.line().orElseThrow()).toList());
  }

  @Test
  void invalidUtf8OnALineIsReportedWithTheLine() throws IOException {
    Path path = folder.resolve("feed.jsonl");
    byte[] good = (GOOD_A + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"x\",\"text\":\"\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Files.write(path, all);
    InputException e = assertThrows(InputException.class, () -> JsonLinesFeedReader.strict().read(path));
    assertEquals(Problem.INVALID_UTF8, e.problem());
    assertEquals(2, e.line().orElseThrow());
  }

  @Test
  void overlongLineIsSkippedWithoutReadingItAll() throws IOException {
    String huge = "{\"id\":\"h\",\"text\":\"" + "x".repeat(5_000) + "\"}";
    Story story = JsonLinesFeedReader.lenient().withLimits(LoadLimits.DEFAULT.withMaxDocumentChars(100))
        .read(feed(huge, GOOD_B));
    assertEquals(List.of("b"), story.documents().stream().map(Document::id).toList());
    assertEquals(Problem.TOO_LARGE, story.skipped().get(0).problem());
  }

  @Test
  void missingFeedIsNamed() {
    InputException e = assertThrows(InputException.class,
        () -> JsonLinesFeedReader.strict().read(folder.resolve("absent.jsonl")));
    assertEquals(Problem.MISSING_FILE, e.problem());
    assertTrue(e.getMessage().contains("absent.jsonl"));
  }
}
