package io.github.crosscheck.core.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A participant or thing a claim is about, by its canonical name ("Xi Jinping", "China",
 * "TikTok"). Two mentions denote the same entity when their canonical names are equal. Immutable.
 */
public record Entity(String name, EntityType type) implements Comparable<Entity> {
  public Entity {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    checkArgument(!name.isBlank(), "entity name must not be blank");
  }

  /** The last word of the name, by which news text usually refers to a person ("Xi", "Trump"). */
  public String surname() {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  @Override
  public int compareTo(Entity other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
