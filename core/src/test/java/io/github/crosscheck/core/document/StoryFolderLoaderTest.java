package io.github.crosscheck.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.document.InputException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFolderLoaderTest {
  @TempDir Path folder;

  private void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void loadsArticlesInFileOrderWithSidecarMetadata() throws IOException {
    write("b.txt", "Second article.");
    write("a.txt", "First article.");
    write("meta.json", """
        {"articles":[{"file":"a.txt","outlet":"Harbor Wire","url":"https://example.org/a",
          "published":"2025-01-17T11:03:00-05:00","extra":{"ignored":true}},
         {"file":"b.txt","published":null}]}""");
    Story story = StoryFolderLoader.withDefaults().load(folder);
    assertEquals(2, story.documents().size());
    Document a = story.documents().get(0);
    assertEquals("a.txt", a.id());
    assertEquals("Harbor Wire", a.outlet().orElseThrow());
    assertEquals("2025-01-17T11:03-05:00", a.published().orElseThrow().toString());
    assertTrue(story.documents().get(1).published().isEmpty());
  }

  @Test
  void folderWithoutSidecarLoadsWithUnknownDates() throws IOException {
    write("a.txt", "Only article.");
    Story story = StoryFolderLoader.withDefaults().load(folder);
    assertTrue(story.documents().get(0).published().isEmpty());
  }

  @Test
  void missingFolderIsNamed() {
    InputException e = assertThrows(InputException.class,
        () -> StoryFolderLoader.withDefaults().load(folder.resolve("nope")));
    assertEquals(Problem.MISSING_FILE, e.problem());
    assertTrue(e.getMessage().contains("nope"));
  }

  @Test
  void sidecarNamingAMissingFileIsAnError() throws IOException {
    write("a.txt", "Article.");
    write("meta.json", "{\"articles\":[{\"file\":\"gone.txt\"}]}");
    InputException e = assertThrows(InputException.class, () -> StoryFolderLoader.withDefaults().load(folder));
    assertEquals(Problem.MISSING_FILE, e.problem());
    assertTrue(e.getMessage().contains("gone.txt"), e.getMessage());
  }

  @Test
  void malformedSidecarGivesLineAndColumn() throws IOException {
    write("a.txt", "Article.");
    write("meta.json", "{\"articles\":[\n{\"file\": \"a.txt\",,}]}");
    InputException e = assertThrows(InputException.class, () -> StoryFolderLoader.withDefaults().load(folder));
    assertEquals(Problem.MALFORMED_JSON, e.problem());
    assertEquals(2, e.line().orElseThrow());
    assertTrue(e.getMessage().startsWith(folder.resolve("meta.json") + ":2:"), e.getMessage());
  }

  @Test
  void invalidDateNamesFileAndValue() throws IOException {
    write("a.txt", "Article.");
    write("meta.json", "{\"articles\":[{\"file\":\"a.txt\",\"published\":\"17/01/2025\"}]}");
    InputException e = assertThrows(InputException.class, () -> StoryFolderLoader.withDefaults().load(folder));
    assertEquals(Problem.INVALID_DATE, e.problem());
    assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("17/01/2025"), e.getMessage());
  }

  @Test
  void invalidUtf8GivesThePosition() throws IOException {
    Files.write(folder.resolve("a.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '!'});
    InputException e = assertThrows(InputException.class, () -> StoryFolderLoader.withDefaults().load(folder));
    assertEquals(Problem.INVALID_UTF8, e.problem());
    assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("byte 3"), e.getMessage());
  }

  @Test
  void emptyArticleIsAnError() throws IOException {
    write("a.txt", "  \n ");
    InputException e = assertThrows(InputException.class, () -> StoryFolderLoader.withDefaults().load(folder));
    assertEquals(Problem.EMPTY_TEXT, e.problem());
  }

  @Test
  void oversizedArticleIsRefused() throws IOException {
    write("a.txt", "x".repeat(101));
    InputException e = assertThrows(InputException.class,
        () -> StoryFolderLoader.withLimits(LoadLimits.DEFAULT.withMaxDocumentChars(100)).load(folder));
    assertEquals(Problem.TOO_LARGE, e.problem());
  }

  @Test
  void tooManyArticlesAreRefused() throws IOException {
    write("a.txt", "One.");
    write("b.txt", "Two.");
    InputException e = assertThrows(InputException.class,
        () -> StoryFolderLoader.withLimits(LoadLimits.DEFAULT.withMaxDocuments(1)).load(folder));
    assertEquals(Problem.TOO_MANY_DOCUMENTS, e.problem());
  }

  @Test
  void byteOrderMarkIsNotText() throws IOException {
    Files.write(folder.resolve("a.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
    assertEquals("Hi", StoryFolderLoader.withDefaults().load(folder).documents().get(0).text());
  }
}
