package io.github.crosscheck.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule's metadata, as data: its id ({@code date-mismatch}), a one-line summary (no trailing
 * period), a description, the default verdict of what it finds, and examples that must be flagged
 * or must pass. The examples run as tests over every rule and feed the documentation's rule
 * catalogue, so the catalogue cannot drift from the code. Immutable; built with {@link #builder}.
 */
public record RuleInfo(
    String id,
    String summary,
    String description,
    Verdict severity,
    ImmutableList<RuleExample> flags,
    ImmutableList<RuleExample> passes) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  public RuleInfo {
    requireNonNull(id, "id");
    checkArgument(ID.matcher(id).matches(), "rule id must be lower-case words joined by '-', got \"%s\"", id);
    requireNonNull(summary, "summary");
    checkArgument(!summary.isBlank() && !summary.endsWith("."), "summary of %s must be a phrase without a trailing period", id);
    requireNonNull(description, "description");
    requireNonNull(severity, "severity");
    requireNonNull(flags, "flags");
    requireNonNull(passes, "passes");
    for (RuleExample flag : flags) {
      checkArgument(flag.expectsFinding(), "a flagged example of %s must mark what the finding cites", id);
    }
    for (RuleExample pass : passes) {
      checkArgument(!pass.expectsFinding(), "a passing example of %s must carry no marks", id);
    }
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link RuleInfo}, validating eagerly. */
  public static final class Builder {
    private final String id;
    private String summary;
    private String description = "";
    private Verdict severity = Verdict.CONTRADICTION;
    private final List<RuleExample> flags = new ArrayList<>();
    private final List<RuleExample> passes = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder summary(String text) {
      this.summary = text;
      return this;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder severity(Verdict verdict) {
      this.severity = verdict;
      return this;
    }

    /** An example that must produce a finding citing the {@code {{marked}}} text. */
    public Builder flags(String... sources) {
      flags.add(RuleExample.parse(sources));
      return this;
    }

    /** An example that must produce no finding from this rule. */
    public Builder passes(String... sources) {
      passes.add(RuleExample.parse(sources));
      return this;
    }

    public RuleInfo build() {
      checkState(summary != null, "rule %s needs a summary", id);
      return new RuleInfo(id, summary, description, severity, ImmutableList.copyOf(flags), ImmutableList.copyOf(passes));
    }
  }
}
