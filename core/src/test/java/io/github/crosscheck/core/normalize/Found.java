package io.github.crosscheck.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.document.PublicationTime;
import java.util.List;
import java.util.Optional;

/** Test helper: normalizes a sentence against a reference and picks expressions by kind. */
final class Found {
  private final ImmutableList<Expression> expressions;

  private Found(ImmutableList<Expression> expressions) {
    this.expressions = expressions;
  }

  /** Normalizes {@code text} against {@code ref} ("2025-01-17", "2025-01-17T11:03:00-05:00", or null for unknown). */
  static Found in(String text, String ref) {
    Optional<PublicationTime> reference = ref == null ? Optional.empty() : Optional.of(PublicationTime.parse(ref));
    return new Found(Normalizer.english().find(text, reference));
  }

  List<Expression> all() {
    return expressions;
  }

  List<Expression> of(ExpressionKind kind) {
    return expressions.stream().filter(e -> e.kind() == kind).toList();
  }

  /** The only expression of the kind. */
  Expression one(ExpressionKind kind) {
    List<Expression> found = of(kind);
    assertEquals(1, found.size(), () -> "expected one " + kind + " in " + expressions);
    return found.get(0);
  }

  /** The canonical value of the only expression of the kind. */
  String canonical(ExpressionKind kind) {
    return one(kind).value().canonical().orElse("<none>");
  }

  /** The expression of the kind whose text is exactly {@code text}. */
  Expression text(ExpressionKind kind, String text) {
    return of(kind).stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " \"" + text + "\" in " + expressions));
  }

  void none(ExpressionKind kind) {
    assertTrue(of(kind).isEmpty(), () -> "expected no " + kind + " in " + expressions);
  }
}
