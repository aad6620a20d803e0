package io.github.crosscheck.core.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.InputException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a story folder: every {@code *.txt} article in it (not in sub-folders), in file-name order,
 * with the publication metadata of an optional {@code meta.json} sidecar:
 *
 * <pre>{"articles":[{"file":"a.txt","outlet":"…","url":"…","published":"2025-01-17T11:03:00-05:00"}]}</pre>
 *
 * <p>{@code published} may be a date, a date-time with or without offset, {@code null} or absent
 * (unknown). Unknown fields are ignored, so richer sidecars written by other tools load too. A
 * sidecar entry naming a missing file is an error; an article the sidecar does not list loads with
 * unknown metadata. Document ids are the file names. Thread-safe.
 */
public final class StoryFolderLoader {
  /** The sidecar's file name. */
  public static final String SIDECAR = "meta.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final LoadLimits limits;

  private StoryFolderLoader(LoadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  public static StoryFolderLoader withDefaults() {
    return new StoryFolderLoader(LoadLimits.DEFAULT);
  }

  public static StoryFolderLoader withLimits(LoadLimits limits) {
    return new StoryFolderLoader(limits);
  }

  /**
   * Loads the folder.
   *
   * @throws InputException naming the file and what is wrong with it
   */
  public Story load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw InputException.of(Problem.MISSING_FILE, folder.toString(), "no such story folder");
    }
    Map<String, Metadata> sidecar = readSidecar(folder.resolve(SIDECAR));
    List<String> files = listArticles(folder);
    for (String listed : sidecar.keySet()) {
      if (!files.contains(listed)) {
        throw InputException.of(Problem.MISSING_FILE, folder.resolve(SIDECAR).toString(),
            "lists \"" + listed + "\", which is not a .txt file in " + folder);
      }
    }
    if (files.size() > limits.maxDocuments()) {
      throw InputException.of(Problem.TOO_MANY_DOCUMENTS, folder.toString(),
          files.size() + " articles exceed the limit of " + limits.maxDocuments());
    }
    ImmutableList.Builder<Document> documents = ImmutableList.builder();
    for (String file : files) {
      Metadata meta = sidecar.getOrDefault(file, Metadata.NONE);
      String text = DocumentTexts.readFile(folder.resolve(file), limits);
      documents.add(new Document(file, meta.outlet, meta.url, meta.published, text));
    }
    return new Story(documents.build(), ImmutableList.of());
  }

  /**
   * Loads one article file on its own, with unknown metadata; its id is the file name.
   *
   * @throws InputException naming the file and what is wrong with it
   */
  public Document loadArticle(Path file) {
    if (!Files.isRegularFile(file)) {
      throw InputException.of(Problem.MISSING_FILE, file.toString(), "no such file or story folder");
    }
    String text = DocumentTexts.readFile(file, limits);
    return new Document(file.getFileName().toString(), Optional.empty(), Optional.empty(), Optional.empty(), text);
  }

  private static List<String> listArticles(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw InputException.of(Problem.UNREADABLE, folder.toString(), "cannot list the folder: " + e.getMessage());
    }
  }

  private Map<String, Metadata> readSidecar(Path path) {
    if (!Files.exists(path)) {
      return Map.of();
    }
    String source = path.toString();
    JsonNode root;
    try {
      root = JSON.readTree(DocumentTexts.readFile(path, limits));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw InputException.at(Problem.MALFORMED_JSON, source, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode articles = root == null ? null : root.get("articles");
    if (articles == null || !articles.isArray()) {
      throw InputException.of(Problem.MISSING_FIELD, source, "expected an object with an \"articles\" array");
    }
    Map<String, Metadata> result = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode article : articles) {
      String where = "articles[" + index++ + "]";
      String file = JsonFields.text(article, "file")
          .orElseThrow(() -> InputException.of(Problem.MISSING_FIELD, source, where + " has no \"file\""));
      Optional<PublicationTime> published = JsonFields.publication(article, source + " " + where + " (" + file + ")", 0);
      Metadata previous = result.put(file, new Metadata(JsonFields.text(article, "outlet"),
          JsonFields.text(article, "url"), published));
      if (previous != null) {
        throw InputException.of(Problem.DUPLICATE_ID, source, "lists \"" + file + "\" twice");
      }
    }
    return result;
  }

  private record Metadata(Optional<String> outlet, Optional<String> url, Optional<PublicationTime> published) {
    static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
