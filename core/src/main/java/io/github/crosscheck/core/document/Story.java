package io.github.crosscheck.core.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The documents to check against each other, in a stable order, and the inputs that could not be
 * loaded (each with its reason, so nothing is dropped silently). Document ids are unique.
 */
public record Story(ImmutableList<Document> documents, ImmutableList<InputException> skipped) {

  public Story {
    requireNonNull(documents, "documents");
    requireNonNull(skipped, "skipped");
    Set<String> ids = new HashSet<>();
    for (Document d : documents) {
      if (!ids.add(d.id())) {
        throw InputException.of(InputException.Problem.DUPLICATE_ID, d.id(), "duplicate document id \"" + d.id() + "\"");
      }
    }
  }

  public static Story of(Iterable<Document> documents) {
    return new Story(ImmutableList.copyOf(documents), ImmutableList.of());
  }

  public static Story of(Document... documents) {
    return of(ImmutableList.copyOf(documents));
  }

  /** This story with every document transformed, e.g. {@link Document#withoutPublicationTime()}. */
  public Story map(UnaryOperator<Document> change) {
    return new Story(documents.stream().map(change).collect(ImmutableList.toImmutableList()), skipped);
  }
}
