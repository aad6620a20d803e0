package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;

/** Where a sentence names an entity: by name, by surname, by role ("the president-elect"). Immutable. */
public record Mention(TextSpan span, Entity entity) {
  public Mention {
    requireNonNull(span, "span");
    requireNonNull(entity, "entity");
  }
}
