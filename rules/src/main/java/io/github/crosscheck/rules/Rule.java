package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;

/**
 * A check over the claims of a story. A rule is a small class with no mutable state: it reads the
 * {@link RuleContext} (claims indexed by subject, resolved events and timelines, configuration) and
 * returns its findings. Built-in rules are listed in {@link BuiltinRules}; users add their own by
 * implementing this interface and passing it to {@link Checker.Builder#addRule}.
 */
public interface Rule {
  /** The rule's id, summary, default verdict and examples. */
  RuleInfo info();

  /** The findings of this rule over the story; never null, empty when nothing is wrong. */
  ImmutableList<Finding> check(RuleContext context);

  /**
   * Whether the rule only ever relates claims that name a common participant or come from one story
   * (directly, or through the events of one type), as the built-in rules do. When every enabled rule
   * does, a check is split into unrelated parts checked apart, so a feed of many stories costs the sum
   * of its stories; a rule that compares claims across stories ("every amount against every other")
   * keeps the whole check together. A custom rule is taken not to, unless it overrides this.
   */
  default boolean staysWithinConnectedClaims() {
    return BuiltinRules.isBuiltin(this);
  }
}
