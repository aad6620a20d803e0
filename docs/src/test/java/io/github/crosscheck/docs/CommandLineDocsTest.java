package io.github.crosscheck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.cli.Main;
import io.github.crosscheck.fixtures.Stories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** command-line.md and configuration.md against the command line itself. */
class CommandLineDocsTest {
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

  @Test
  void everyOptionOfEveryCommandIsDocumented() {
    String page = Markdown.read(Markdown.docs().resolve("command-line.md"));
    Set<String> missing = new TreeSet<>();
    for (String command : List.of("check", "normalize", "score")) {
      Run help = run(command, "--help");
      assertEquals(0, help.code(), help.err());
      Matcher option = OPTION.matcher(help.out());
      while (option.find()) {
        if (!page.contains("`" + option.group())) {
          missing.add(command + " " + option.group());
        }
      }
    }
    assertTrue(missing.isEmpty(), "command-line.md does not document " + missing);
  }

  @Test
  void everyConfigurationExampleIsAccepted(@TempDir Path folder) throws IOException {
    Path story = Stories.copyTo("two-calls", folder.resolve("two-calls"));
    List<Markdown.Block> examples = Markdown.blocks(Markdown.docs().resolve("configuration.md"), "json");
    assertFalse(examples.isEmpty(), "configuration.md shows no --config file");
    for (Markdown.Block example : examples) {
      Path config = Files.writeString(folder.resolve("config.json"), example.code());
      Run check = run("check", story.toString(), "--config", config.toString());
      assertTrue(check.code() == 0 || check.code() == 1, example.where() + " is refused: " + check.err());
    }
  }

  @Test
  void aMisspeltSettingIsAnInputError(@TempDir Path folder) throws IOException {
    Path story = Stories.copyTo("two-calls", folder.resolve("two-calls"));
    Path config = Files.writeString(folder.resolve("config.json"), "{\"newsCycleDay\": 3}");
    Run check = run("check", story.toString(), "--config", config.toString());
    assertEquals(2, check.code(), "configuration.md promises exit code 2 for an unknown field");
    assertTrue(check.err().contains("newsCycleDay"), check.err());
  }

  @Test
  void theSampleReportIsWhatCheckPrints() {
    List<Markdown.Block> blocks = Markdown.blocks(Markdown.docs().resolve("command-line.md"));
    Markdown.Block sample = blocks.stream().filter(b -> b.code().startsWith("crosscheck: ")).findFirst().orElseThrow();
    Run check = run("check", Markdown.docs().resolve("example-consumer/src/test/resources/stories/port-strike").toString());
    assertEquals(1, check.code(), check.err());
    assertEquals(sample.code(), check.out(), sample.where() + " is not what crosscheck check prints");
  }

  @Test
  void theNormalizeSampleIsWhatNormalizePrints() {
    List<Markdown.Block> blocks = Markdown.blocks(Markdown.docs().resolve("command-line.md"));
    for (int i = 0; i < blocks.size() - 1; i++) {
      String command = blocks.get(i).code().strip();
      if (command.startsWith("./crosscheck normalize \"")) {
        String text = command.substring(command.indexOf('"') + 1, command.lastIndexOf('"')).replace("\\$", "$");
        String ref = command.substring(command.indexOf("--ref ") + 6);
        Run normalize = run("normalize", text, "--ref", ref);
        assertEquals(blocks.get(i + 1).code(), normalize.out(), blocks.get(i + 1).where());
        return;
      }
    }
    throw new AssertionError("command-line.md shows no normalize example");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
         PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      int code = Main.run(args);
      return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
