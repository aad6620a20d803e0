package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage and input errors exit 2 with one message on standard error that names the file (or option)
 * and, where there is one, the line and column; nothing goes to standard output.
 */
class InputErrorTest {
  @TempDir Path dir;

  private static Cli.Result inputError(String... args) {
    Cli.Result run = Cli.run(args);
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("", run.out(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: "), run::toString);
    return run;
  }

  private static void assertMessage(Cli.Result run, String expected) {
    assertTrue(run.err().contains(expected), () -> "expected \"" + expected + "\" in\n" + run);
  }

  @Test
  void unknownOption() {
    Cli.Result run = inputError("check", "--bogus", Stories.example("two-calls").toString());
    assertMessage(run, "crosscheck: Unknown option: '--bogus'");
    assertMessage(run, "Try 'crosscheck check --help' for more information.");
  }

  @Test
  void mistypedOptionSuggestsTheRightOne() {
    assertMessage(inputError("check", "--formt", "html", Stories.example("two-calls").toString()), "--format");
  }

  @Test
  void missingInput() {
    assertMessage(inputError("check"), "Missing required parameter: 'INPUT'");
  }

  @Test
  void missingSubcommandArgumentOfNormalize() {
    assertMessage(inputError("normalize"), "Missing required argument");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing.txt");
    assertMessage(inputError("check", missing.toString()), missing + ": no such file or story folder");
  }

  @Test
  void missingFeed() {
    Path missing = dir.resolve("missing.jsonl");
    assertMessage(inputError("check", missing.toString()), missing + ": no such feed file");
  }

  @Test
  void invalidUtf8() throws IOException {
    Path article = dir.resolve("latin1.txt");
    Files.write(article, new byte[] {'C', 'a', 'f', (byte) 0xe9, ' ', 'o', 'p', 'e', 'n', 's', '.'});
    assertMessage(inputError("check", article.toString()), article + ": invalid UTF-8 at byte 3 (character 4)");
  }

  @Test
  void emptyArticle() {
    Path article = Stories.write(dir.resolve("empty.txt"), "  \n");
    assertMessage(inputError("check", article.toString()), article + ": the article text is empty");
  }

  @Test
  void malformedMetaJsonNamesLineAndColumn() {
    Path story = Stories.folder(dir, Map.of("a.txt", "The talks were held on Friday.\n"),
        "{\"articles\": [\n  {\"file\": \"a.txt\",, \"published\": \"2025-01-17\"}\n]}");
    assertMessage(inputError("check", story.toString()), story.resolve("meta.json") + ":2:20: malformed JSON");
  }

  @Test
  void metaJsonListingAMissingArticle() {
    Path story = Stories.folder(dir, Map.of("a.txt", "The talks were held on Friday.\n"),
        "{\"articles\": [{\"file\": \"b.txt\"}]}");
    assertMessage(inputError("check", story.toString()), "lists \"b.txt\", which is not a .txt file");
  }

  @Test
  void malformedFeedLineStopsAStrictRun() {
    Path feed = Stories.write(dir.resolve("feed.jsonl"),
        "{\"id\": \"a\", \"text\": \"The talks were held on Friday.\"}\n{\"id\": \"b\", text}\n");
    Cli.Result run = inputError("check", "--strict", feed.toString());
    assertMessage(run, feed + ":2:13: malformed JSON");
  }

  @Test
  void lenientRunSkipsTheBadLineAndReportsIt() {
    Path feed = Stories.write(dir.resolve("feed.jsonl"),
        "{\"id\": \"a\", \"text\": \"The talks were held on Friday.\"}\n{\"id\": \"b\", text}\n");
    Cli.Result run = Cli.run("check", feed.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("crosscheck: skipped " + feed + ":2:13: malformed JSON"), run::toString);
    assertTrue(run.err().contains("--strict"), run::toString);
    assertTrue(run.out().contains("\"line\" : 2"), run::toString);
    assertTrue(run.out().contains("\"problem\" : \"MALFORMED_JSON\""), run::toString);
  }

  @Test
  void feedWithEveryLineSkippedHasNothingToCheck() {
    Path feed = Stories.write(dir.resolve("feed.jsonl"), "{\"id\": \"b\", text}\n");
    Cli.Result run = inputError("check", feed.toString());
    assertMessage(run, "crosscheck: skipped " + feed + ":1:");
    assertMessage(run, "nothing to check: no article in " + feed + " could be read");
  }

  @Test
  void emptyStoryFolderHasNothingToCheck() {
    assertMessage(inputError("check", dir.toString()), "nothing to check: no article in " + dir);
  }

  @Test
  void duplicateDocumentIds() {
    Path first = Stories.possibleContradiction(dir.resolve("one"));
    Path second = Stories.possibleContradiction(dir.resolve("two"));
    assertMessage(inputError("check", first.toString(), second.toString()), "duplicate document id \"");
  }

  @Test
  void invalidPublishedDate() {
    Cli.Result run = inputError("check", Stories.example("two-calls").toString(), "--published", "a.txt=2025-13-45");
    assertMessage(run, "crosscheck: --published a.txt=2025-13-45: not a publication date: \"2025-13-45\"");
  }

  @Test
  void publishedWithoutEqualsSign() {
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--published", "a.txt"),
        "should be in KEY=VALUE format");
  }

  @Test
  void publishedForAnUnknownFile() {
    Cli.Result run = inputError("check", Stories.example("two-calls").toString(), "--published", "zz.txt=2025-01-17");
    assertMessage(run, "crosscheck: --published zz.txt: no document with that id in the input "
        + "(documents: a.txt, b.txt, c.txt, d.txt)");
  }

  @Test
  void unknownRuleId() {
    Cli.Result run = inputError("check", Stories.example("two-calls").toString(), "--rules", "date-mismatch,nope");
    assertMessage(run, "unknown rule \"nope\" in --rules (rules: date-mismatch, ");
  }

  @Test
  void unknownFormat() {
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--format", "xml"),
        "Invalid value for option '--format'");
  }

  @Test
  void unknownFailOnLevel() {
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--fail-on", "never"),
        "Invalid value for option '--fail-on'");
  }

  @Test
  void threadsBelowOne() {
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--threads", "0"),
        "--threads must be at least 1, got 0");
  }

  @Test
  void configFileMissing() {
    Path config = dir.resolve("missing.json");
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--config", config.toString()),
        config + ": no such configuration file");
  }

  @Test
  void configFileMalformedNamesLineAndColumn() {
    Path config = Stories.write(dir.resolve("config.json"), "{\n  \"newsCycleDays\": 3,\n}\n");
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--config", config.toString()),
        config + ":3:1: malformed JSON");
  }

  @Test
  void configFileUnknownFieldNamesLineAndColumn() {
    Path config = Stories.write(dir.resolve("config.json"), "{\n  \"newsCycleDay\": 3\n}\n");
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--config", config.toString()),
        config + ":2:3: unknown field \"newsCycleDay\" (fields: disabledRules, ");
  }

  @Test
  void outIntoAMissingFolder() {
    Path out = dir.resolve("no-such-folder").resolve("report.html");
    assertMessage(inputError("check", Stories.example("two-calls").toString(), "--out", out.toString()),
        "cannot write --out " + out + ": no such folder");
  }

  @Test
  void outOverAnInput() {
    Path story = Stories.possibleContradiction(dir);
    Path article = story.resolve("wire.txt");
    assertMessage(inputError("check", article.toString(), "--out", article.toString()), "it is an input");
  }

  @Test
  void unknownSubcommand() {
    assertMessage(inputError("chek"), "Unmatched argument at index 0: 'chek'");
  }

  @Test
  void anArticleOverTheCharacterLimitNamesTheFileAndTheLimit() {
    Path article = Stories.write(dir.resolve("long.txt"), "The council met on Friday. ".repeat(10));
    assertMessage(inputError("check", "--max-document-chars", "100", article.toString()),
        article + ": the article exceeds the limit of 100 characters");
  }

  @Test
  void inputsOverTheDocumentLimitNameTheInputThatCrossedIt() {
    Path first = Stories.write(dir.resolve("a.txt"), "The council met on Friday.");
    Path second = Stories.write(dir.resolve("b.txt"), "The council met on Monday.");
    assertMessage(inputError("check", "--max-documents", "1", first.toString(), second.toString()),
        second + ": the inputs up to this one hold 2 documents, more than the limit of 1");
  }

  @Test
  void aNonPositiveLimitIsAUsageError() {
    assertMessage(inputError("check", "--max-documents", "0", Stories.example("two-calls").toString()),
        "maxDocuments must be positive, got 0");
  }
}
