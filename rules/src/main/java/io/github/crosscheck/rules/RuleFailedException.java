package io.github.crosscheck.rules;

/** A rule threw while checking: a bug in the rule, reported with its id rather than swallowed. */
public final class RuleFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String rule;

  public RuleFailedException(String rule, RuntimeException cause) {
    super("rule " + rule + " failed: " + cause, cause);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
