package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

/** A claim's modality and, for quoted or reported claims, who the text says stated it. Immutable. */
public record Attribution(Modality modality, Optional<String> speaker) {
  public Attribution {
    requireNonNull(modality, "modality");
    requireNonNull(speaker, "speaker");
  }

  /** One value per modality without a speaker: most claims are asserted, and a value type can be shared. */
  private static final Attribution[] UNATTRIBUTED = Arrays.stream(Modality.values())
      .map(m -> new Attribution(m, Optional.empty())).toArray(Attribution[]::new);

  public static Attribution asserted() {
    return of(Modality.ASSERTED);
  }

  public static Attribution of(Modality modality) {
    return UNATTRIBUTED[modality.ordinal()];
  }
}
