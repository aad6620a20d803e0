package io.github.crosscheck.bench;

import com.google.common.collect.ImmutableSortedMap;
import io.github.crosscheck.core.document.Story;
import io.github.crosscheck.core.document.StoryFolderLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The annotated fixture stories of the {@code fixtures} module, loaded from the classpath (a folder
 * in a build tree or a jar) with the library's own {@link StoryFolderLoader}, so each article keeps
 * its {@code meta.json} publication time. Keyed by story name, in name order.
 */
final class Fixtures {
  private static final String STORIES = "/io/github/crosscheck/fixtures/stories";

  private Fixtures() {}

  static ImmutableSortedMap<String, Story> stories() {
    Path root = storiesFolder();
    ImmutableSortedMap.Builder<String, Story> result = ImmutableSortedMap.naturalOrder();
    try (Stream<Path> entries = Files.list(root)) {
      entries.filter(Files::isDirectory).forEach(folder -> result.put(name(folder),
          StoryFolderLoader.withDefaults().load(folder)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the fixture stories in " + root, e);
    }
    return result.build();
  }

  private static String name(Path folder) {
    String name = folder.getFileName().toString();
    return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }

  private static Path storiesFolder() {
    URL url = Fixtures.class.getResource(STORIES);
    if (url == null) {
      throw new IllegalStateException("the fixture stories " + STORIES + " are not on the classpath");
    }
    try {
      if (url.getProtocol().equals("jar")) {
        try {
          FileSystems.newFileSystem(url.toURI(), Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // Another benchmark in this JVM opened the jar first; Path.of finds that file system.
        }
      }
      return Path.of(url.toURI());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + url, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("not a URI: " + url, e);
    }
  }
}
