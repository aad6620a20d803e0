package io.github.crosscheck.cli;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.JsonLinesFeedReader;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns command-line inputs into a story: a story folder, a JSON Lines feed ({@code .jsonl}), or
 * article files given one by one; then applies {@code --published} overrides and
 * {@code --no-published}.
 */
final class Inputs {
  private Inputs() {}

  static Story load(List<Path> paths, boolean strictFeed) {
    if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
      return StoryFolderLoader.withDefaults().load(paths.get(0));
    }
    List<Document> documents = new ArrayList<>();
    List<InputException> skipped = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Story story = StoryFolderLoader.withDefaults().load(path);
        documents.addAll(story.documents());
      } else if (path.getFileName().toString().endsWith(".jsonl")) {
        Story feed = (strictFeed ? JsonLinesFeedReader.strict() : JsonLinesFeedReader.lenient()).read(path);
        documents.addAll(feed.documents());
        skipped.addAll(feed.skipped());
      } else {
        documents.add(article(path));
      }
    }
    return new Story(ImmutableList.copyOf(documents), ImmutableList.copyOf(skipped));
  }

  private static Document article(Path path) {
    return StoryFolderLoader.withDefaults().loadArticle(path);
  }

  /** Applies {@code FILE=DATE} overrides; an unknown file or a bad date is an input error. */
  static Story withPublished(Story story, Map<String, String> overrides, boolean none) {
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      if (story.documents().stream().noneMatch(d -> d.id().equals(override.getKey()))) {
        throw InputException.of(InputException.Problem.MISSING_FILE, "--published " + override.getKey(),
            "no document with that id in the input");
      }
    }
    return story.map(d -> {
      if (none) {
        return d.withoutPublicationTime();
      }
      String date = overrides.get(d.id());
      if (date == null) {
        return d;
      }
      try {
        return d.withPublicationTime(PublicationTime.parse(date));
      } catch (DateTimeException e) {
        throw InputException.of(InputException.Problem.INVALID_DATE, "--published " + d.id() + "=" + date,
            e.getMessage());
      }
    });
  }
}
