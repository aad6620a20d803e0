package io.github.crosscheck.core.normalize;

import static java.util.Objects.requireNonNull;

import io.github.crosscheck.core.text.TextSpan;
import java.time.Period;
import java.util.Optional;

/**
 * A date stated as an offset from another event: "three days before Monday's inauguration",
 * "two days after the vote". It keeps the signed offset, the anchor phrase (span into the document
 * and its text), the anchor's own date when the anchor contains one ("the January 20
 * inauguration", "Monday's inauguration") and the resolved date when that is known. The claim
 * layer resolves anchors that are dated elsewhere. Immutable.
 */
public record DerivedDate(
    Period offset,
    TextSpan anchorSpan,
    String anchorText,
    Optional<DateValue> anchorDate,
    Optional<DateValue> resolved,
    Modifier modifier) implements NormalizedValue {

  public DerivedDate {
    requireNonNull(offset, "offset");
    requireNonNull(anchorSpan, "anchorSpan");
    requireNonNull(anchorText, "anchorText");
    requireNonNull(anchorDate, "anchorDate");
    requireNonNull(resolved, "resolved");
    requireNonNull(modifier, "modifier");
  }

  /** The anchor's date shifted by the offset, once an anchor date is known (from this text or elsewhere). */
  public Optional<DateValue> resolveWith(DateValue anchor) {
    return Optional.of(new DateValue(anchor.first().plus(offset), anchor.last().plus(offset),
        offset.getDays() != 0 ? Granularity.DAY : anchor.granularity(), anchor.part(), modifier));
  }

  /** The resolved date's canonical form; empty while the anchor is undated. */
  @Override
  public Optional<String> canonical() {
    return resolved.flatMap(DateValue::canonical);
  }
}
