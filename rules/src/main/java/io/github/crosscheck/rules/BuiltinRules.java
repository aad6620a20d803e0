package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.crosscheck.rules.builtin.ClockZoneMismatch;
import io.github.crosscheck.rules.builtin.DateMismatch;
import io.github.crosscheck.rules.builtin.DeadlineMismatch;
import io.github.crosscheck.rules.builtin.DerivedDateMismatch;
import io.github.crosscheck.rules.builtin.MoneyMismatch;
import io.github.crosscheck.rules.builtin.QuantityMismatch;
import io.github.crosscheck.rules.builtin.RateMismatch;
import io.github.crosscheck.rules.builtin.RecencyConflict;
import io.github.crosscheck.rules.builtin.WeekdayDateMismatch;

/** The registry of built-in rules, listed explicitly, in catalogue order. */
public final class BuiltinRules {
  private static final ImmutableSet<Class<?>> CLASSES =
      all().stream().map(Object::getClass).collect(ImmutableSet.toImmutableSet());

  private BuiltinRules() {}

  /** Whether the rule is one of the built-in ones (of a built-in rule's class). */
  public static boolean isBuiltin(Rule rule) {
    return CLASSES.contains(rule.getClass());
  }

  public static ImmutableList<Rule> all() {
    return ImmutableList.of(
        new DateMismatch(),
        new QuantityMismatch(),
        new RateMismatch(),
        new MoneyMismatch(),
        new DeadlineMismatch(),
        new RecencyConflict(),
        new WeekdayDateMismatch(),
        new ClockZoneMismatch(),
        new DerivedDateMismatch());
  }
}
