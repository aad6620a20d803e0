package io.github.crosscheck.cli;

import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import io.github.crosscheck.fixtures.gold.GoldFile;
import io.github.crosscheck.fixtures.gold.GoldValidator;
import io.github.crosscheck.fixtures.score.Score;
import io.github.crosscheck.fixtures.score.Scorer;
import io.github.crosscheck.rules.Checker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck score}: checks an annotated story folder and prints how the report scores
 * against its gold file (claims per kind, planted findings, agreements, internal checks). Exit 0
 * when scored, 2 for input errors (an unreadable folder or gold file, or a gold file that does not
 * fit the folder).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Checks a story folder and scores the report against a hand-checked gold.json.")
final class ScoreCommand implements Callable<Integer> {
  /** How many problems of a gold file that does not fit the folder are listed. */
  static final int PROBLEMS_SHOWN = 10;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FOLDER", description = "A story folder: articles (*.txt) and an optional meta.json.")
  Path folder;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold annotation (gold.json).")
  Path gold;

  @Option(names = "--no-published", description = "Ignore every publication date, to score the story without them.")
  boolean noPublished;

  @Option(names = "--details", description = "Also list missed claims, wrong values and unmatched findings.")
  boolean details;

  @Override
  public Integer call() {
    Story story = StoryFolderLoader.withDefaults().load(folder);
    if (noPublished) {
      story = story.map(Document::withoutPublicationTime);
    }
    GoldFile goldFile = GoldFile.read(gold);
    List<String> problems = GoldValidator.validate(goldFile, story);
    if (!problems.isEmpty()) {
      throw new UsageError(gold + " does not fit " + folder + " (" + problems.size() + " problems):\n  "
          + String.join("\n  ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())))
          + (problems.size() > PROBLEMS_SHOWN ? "\n  … and " + (problems.size() - PROBLEMS_SHOWN) + " more" : ""));
    }
    Score score = Scorer.score(Checker.builder().build().check(story), goldFile);
    PrintWriter out = spec.commandLine().getOut();
    out.print(details ? score.details() : score.table());
    out.flush();
    return Main.OK;
  }
}
