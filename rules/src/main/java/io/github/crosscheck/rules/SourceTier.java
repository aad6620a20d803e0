package io.github.crosscheck.rules;

/**
 * How reliable an editor rates a source. A tier re-grades the confidence of findings that cite the
 * source (never hiding one): primary sources and wires count fully, unvetted ones less.
 */
public enum SourceTier {
  PRIMARY(1.0),
  ESTABLISHED(0.95),
  STANDARD(0.9),
  UNVETTED(0.7);

  private final double weight;

  SourceTier(double weight) {
    this.weight = weight;
  }

  /** The factor applied to a finding's confidence for each cited claim from this tier's sources. */
  public double weight() {
    return weight;
  }
}
