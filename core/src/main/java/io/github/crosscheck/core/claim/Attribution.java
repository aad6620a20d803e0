package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A claim's modality and, for quoted or reported claims, who the text says stated it. Immutable. */
public record Attribution(Modality modality, Optional<String> speaker) {
  public Attribution {
    requireNonNull(modality, "modality");
    requireNonNull(speaker, "speaker");
  }

  public static Attribution asserted() {
    return new Attribution(Modality.ASSERTED, Optional.empty());
  }

  public static Attribution of(Modality modality) {
    return new Attribution(modality, Optional.empty());
  }
}
