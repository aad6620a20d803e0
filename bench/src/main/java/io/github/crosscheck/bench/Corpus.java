package io.github.crosscheck.bench;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.Story;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark corpus: the fixture articles, each one article-sized document, repeated as
 * {@link Variation variants} until the corpus holds at least the requested number of UTF-8 bytes.
 * Every document keeps its fixture publication time, so relative dates resolve as in the fixtures.
 * Sizes are UTF-8 bytes of article text ("MB" in the results is 10^6 of them). Immutable.
 */
record Corpus(ImmutableList<Document> documents, ImmutableList<Integer> sizes, long bytes) {
  /** The corpus size the issue asks for: at least 5 MB of news text. */
  static final long FIVE_MB = 5_000_000;

  /** The fixture articles, story by story, as the loader gives them. */
  static ImmutableList<Document> fixtureArticles() {
    ImmutableList.Builder<Document> result = ImmutableList.builder();
    Fixtures.stories().forEach((name, story) -> story.documents().forEach(d ->
        result.add(new Document(name + "/" + d.id(), d.outlet(), d.url(), d.published(), d.text()))));
    return result.build();
  }

  /** Variants of the fixture articles, round after round, until at least {@code minBytes}. */
  static Corpus ofAtLeast(long minBytes) {
    ImmutableList<Document> articles = fixtureArticles();
    List<Document> documents = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    long total = 0;
    for (int round = 0; total < minBytes; round++) {
      for (Document article : articles) {
        String text = Variation.of(article.text(), round);
        documents.add(new Document("v" + round + "/" + article.id(), article.outlet(), article.url(),
            article.published(), text));
        int size = utf8(text);
        sizes.add(size);
        total += size;
      }
    }
    return new Corpus(ImmutableList.copyOf(documents), ImmutableList.copyOf(sizes), total);
  }

  /**
   * A story of {@code count} articles about one event: the fixture story's own articles, then
   * variants of them with other amounts (names kept) until there are {@code count}.
   */
  static Story story(String name, int count) {
    Story fixture = Fixtures.stories().get(name);
    if (fixture == null) {
      throw new IllegalArgumentException("no fixture story \"" + name + "\"; have " + Fixtures.stories().keySet());
    }
    List<Document> documents = new ArrayList<>();
    ImmutableList<Document> originals = fixture.documents();
    for (int i = 0; i < count; i++) {
      Document d = originals.get(i % originals.size());
      int round = i / originals.size();
      String id = round == 0 ? d.id() : d.id().replace(".txt", "-" + round + ".txt");
      documents.add(new Document(id, d.outlet(), d.url(), d.published(), Variation.numbersOnly(d.text(), round)));
    }
    return Story.of(documents);
  }

  static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  int size() {
    return documents.size();
  }
}
