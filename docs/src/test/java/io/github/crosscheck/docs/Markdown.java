package io.github.crosscheck.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The parts of a Markdown page the docs tests read: fenced code blocks and relative links. */
final class Markdown {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}```\\s*([\\w-]*).*$");
  /** {@code [text](target)} or {@code [text](target#anchor)}; images count too. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** A fenced block: the page, the 1-based line of its first code line, its info word and its code. */
  record Block(Path page, int line, String language, String code) {
    String where() {
      return page.getFileName() + ":" + line;
    }
  }

  private Markdown() {}

  /** The repository root (the docs module's parent folder). */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
  }

  /** The docs folder. */
  static Path docs() {
    return root().resolve("docs");
  }

  /** Every page: docs/*.md, then the repository's README.md. */
  static List<Path> pages() {
    try (Stream<Path> files = Files.list(docs())) {
      List<Path> pages = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList());
      pages.add(root().resolve("README.md"));
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced blocks of a page, in order. */
  static List<Block> blocks(Path page) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = read(page).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      int first = i + 1;
      StringBuilder code = new StringBuilder();
      for (i = first; i < lines.length && !lines[i].strip().equals("```"); i++) {
        code.append(lines[i]).append('\n');
      }
      if (i == lines.length) {
        throw new AssertionError(page.getFileName() + ":" + first + ": code block is never closed");
      }
      blocks.add(new Block(page, first + 1, open.group(1), code.toString()));
    }
    return blocks;
  }

  /** The fenced blocks of one language, e.g. {@code java}. */
  static List<Block> blocks(Path page, String language) {
    return blocks(page).stream().filter(b -> b.language().equals(language)).toList();
  }

  /** The link targets of a page outside code blocks. */
  static List<String> links(Path page) {
    String text = read(page);
    for (Block block : blocks(page)) {
      text = text.replace(block.code(), "");
    }
    List<String> links = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      links.add(link.group(1));
    }
    return links;
  }
}
