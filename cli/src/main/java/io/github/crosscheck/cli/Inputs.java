package io.github.crosscheck.cli;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.InputException.Problem;
import io.github.crosscheck.core.document.JsonLinesFeedReader;
import io.github.crosscheck.core.document.LoadLimits;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns command-line inputs into a story: a story folder, a JSON Lines feed ({@code .jsonl}), or
 * article files given one by one, in any mix; then applies {@code --no-published} and
 * {@code --published} overrides. Every problem is an {@link InputException} naming the file (and
 * line) or the option at fault.
 */
final class Inputs {
  /** How many document ids an error message lists before it stops. */
  private static final int IDS_SHOWN = 8;

  private Inputs() {}

  /** Loads the inputs within {@code limits}: each article's size, and the documents of all inputs together. */
  static Story load(List<Path> paths, boolean strictFeed, LoadLimits limits) {
    StoryFolderLoader folders = StoryFolderLoader.withLimits(limits);
    if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
      return folders.load(paths.get(0));
    }
    JsonLinesFeedReader feeds = (strictFeed ? JsonLinesFeedReader.strict() : JsonLinesFeedReader.lenient())
        .withLimits(limits);
    List<Document> documents = new ArrayList<>();
    List<InputException> skipped = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        documents.addAll(folders.load(path).documents());
      } else if (isFeed(path)) {
        Story feed = feeds.read(path);
        documents.addAll(feed.documents());
        skipped.addAll(feed.skipped());
      } else {
        documents.add(folders.loadArticle(path));
      }
      if (documents.size() > limits.maxDocuments()) {
        throw InputException.of(Problem.TOO_MANY_DOCUMENTS, path.toString(), "the inputs up to this one hold "
            + documents.size() + " documents, more than the limit of " + limits.maxDocuments());
      }
    }
    return new Story(ImmutableList.copyOf(documents), ImmutableList.copyOf(skipped));
  }

  private static boolean isFeed(Path path) {
    return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /**
   * Drops every publication time when {@code none}, then applies the {@code FILE=DATE} overrides. A
   * key names a document by its id, or by a path whose file name is the id; a key matching no
   * document, or a date that does not parse, is an input error.
   */
  static Story withPublished(Story story, Map<String, String> overrides, boolean none) {
    Map<String, PublicationTime> byId = new HashMap<>();
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      String id = documentId(story, override.getKey());
      try {
        byId.put(id, PublicationTime.parse(override.getValue()));
      } catch (DateTimeException e) {
        throw InputException.of(Problem.INVALID_DATE, "--published " + override.getKey() + "=" + override.getValue(),
            e.getMessage());
      }
    }
    return story.map(d -> {
      PublicationTime date = byId.get(d.id());
      if (date != null) {
        return d.withPublicationTime(date);
      }
      return none ? d.withoutPublicationTime() : d;
    });
  }

  private static String documentId(Story story, String key) {
    Optional<String> exact = story.documents().stream().map(Document::id).filter(key::equals).findFirst();
    if (exact.isPresent()) {
      return exact.get();
    }
    String fileName = fileName(key);
    List<String> byFileName = story.documents().stream().map(Document::id).filter(fileName::equals).toList();
    if (byFileName.size() == 1) {
      return byFileName.get(0);
    }
    List<String> ids = story.documents().stream().map(Document::id).toList();
    String known = ids.stream().limit(IDS_SHOWN).collect(Collectors.joining(", "))
        + (ids.size() > IDS_SHOWN ? ", … (" + ids.size() + " in all)" : "");
    throw InputException.of(Problem.MISSING_FILE, "--published " + key,
        "no document with that id in the input" + (ids.isEmpty() ? "" : " (documents: " + known + ")"));
  }

  private static String fileName(String key) {
    int slash = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
    return key.substring(slash + 1);
  }
}
