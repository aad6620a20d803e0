package io.github.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.rules.CheckConfig;
import io.github.crosscheck.rules.SourceTier;
import io.github.crosscheck.rules.Suppression;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config}: every field read, every mistake reported at its line and column. */
class ConfigFileTest {
  @TempDir Path dir;

  private CheckConfig read(String json) {
    return ConfigFile.read(Stories.write(dir.resolve("config.json"), json));
  }

  private void assertError(String json, String expected) {
    Path file = Stories.write(dir.resolve("config.json"), json);
    InputException e = assertThrows(InputException.class, () -> ConfigFile.read(file));
    assertEquals(file + expected, e.getMessage());
  }

  @Test
  void readsEveryField() {
    CheckConfig config = read("""
        {
          "disabledRules": ["date-mismatch"],
          "quantityTolerance": 0.02, "ratePoints": 1, "newsCycleDays": 3,
          "suppressions": [{"rule": "quantity-mismatch", "subject": "deal value []",
                            "claims": ["a.txt:1-9:count", "b.txt:4-12:count"]}],
          "tiers": {"Harbor Wire": "primary", "blog.txt": "UNVETTED"}
        }
        """);
    assertFalse(config.enabled("date-mismatch"));
    assertEquals(new BigDecimal("0.02"), config.quantityTolerance());
    assertEquals(new BigDecimal("1"), config.ratePoints());
    assertEquals(3, config.newsCycleDays());
    assertEquals(new Suppression(Optional.of("quantity-mismatch"), Optional.of("deal value []"),
        Optional.of("a.txt:1-9:count"), Optional.of("b.txt:4-12:count")), config.suppressions().get(0));
    assertEquals(SourceTier.PRIMARY, config.tierOf("x.txt", "Harbor Wire"));
    assertEquals(SourceTier.UNVETTED, config.tierOf("blog.txt", null));
  }

  @Test
  void emptyObjectIsTheDefault() {
    assertEquals(CheckConfig.DEFAULT, read("{}"));
  }

  @Test
  void unknownField() {
    assertError("{\"newsCycleDays\": 3,\n \"ratepoints\": 1}", ":2:2: unknown field \"ratepoints\" (fields: "
        + "disabledRules, quantityTolerance, ratePoints, newsCycleDays, suppressions, tiers)");
  }

  @Test
  void wrongType() {
    assertError("{\"newsCycleDays\": \"3\"}", ":1:2: \"newsCycleDays\" must be a whole number, got \"3\"");
  }

  @Test
  void fractionWhereAWholeNumberIsNeeded() {
    assertError("{\"newsCycleDays\": 2.5}", ":1:2: \"newsCycleDays\" must be a whole number, got 2.5");
  }

  @Test
  void valueOutOfRange() {
    assertError("{\"quantityTolerance\": 1.5}", ":1:2: quantityTolerance must be in [0, 1), got 1.5");
  }

  @Test
  void disabledRulesMustBeAnArray() {
    assertError("{\"disabledRules\": \"date-mismatch\"}",
        ":1:2: \"disabledRules\" must be an array, got \"date-mismatch\"");
  }

  @Test
  void unknownRuleInDisabledRules() {
    assertError("{\"disabledRules\": [\"date-mismatch\",\n  \"date-mismtach\"]}",
        ":2:3: unknown rule \"date-mismtach\" (rules: date-mismatch, quantity-mismatch, rate-mismatch, "
            + "money-mismatch, deadline-mismatch, recency-conflict, weekday-date-mismatch, clock-zone-mismatch, "
            + "derived-date-mismatch)");
  }

  @Test
  void ruleIdMustBeText() {
    assertError("{\"disabledRules\": [1]}", ":1:20: \"disabledRules[0]\" must be text, got 1");
  }

  @Test
  void unknownTier() {
    assertError("{\"tiers\": {\"wire.txt\": \"best\"}}",
        ":1:12: unknown tier \"best\" for \"wire.txt\" (tiers: PRIMARY, ESTABLISHED, STANDARD, UNVETTED)");
  }

  @Test
  void unknownFieldInASuppression() {
    assertError("{\"suppressions\": [{\"rule\": \"date-mismatch\"},\n {\"rul\": \"date-mismatch\"}]}",
        ":2:3: unknown field \"rul\" in a suppression (fields: rule, subject, claims)");
  }

  @Test
  void suppressionNamingNothing() {
    assertError("{\"suppressions\": [{}]}", ":1:19: a suppression must name a rule, a subject or a claim");
  }

  @Test
  void suppressionWithThreeClaims() {
    assertError("{\"suppressions\": [{\"claims\": [\"a\", \"b\", \"c\"]}]}",
        ":1:20: a suppression names at most two claims, got 3");
  }

  @Test
  void repeatedField() {
    assertError("{\"newsCycleDays\": 3, \"newsCycleDays\": 4}", ":1:37: malformed JSON: Duplicate field 'newsCycleDays'");
  }

  @Test
  void notAnObject() {
    assertError("[\"date-mismatch\"]", ":1:1: expected a JSON object such as {\"disabledRules\": [\"date-mismatch\"]}");
  }

  @Test
  void emptyFile() {
    assertError("", ": expected a JSON object such as {\"disabledRules\": [\"date-mismatch\"]}");
  }

  @Test
  void trailingContent() {
    Path file = Stories.write(dir.resolve("config.json"), "{} {}");
    InputException e = assertThrows(InputException.class, () -> ConfigFile.read(file));
    assertEquals(InputException.Problem.MALFORMED_JSON, e.problem());
    assertEquals(1, e.line().getAsInt());
  }

  @Test
  void configDisablingTheRuleSilencesItsFinding() {
    Path config = Stories.write(dir.resolve("config.json"), "{\"disabledRules\": [\"money-mismatch\"]}");
    Cli.Result run = Cli.run("check", Stories.contradiction(dir.resolve("story")).toString(),
        "--config", config.toString());
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void configSuppressionIsCounted() {
    Path config = Stories.write(dir.resolve("config.json"), "{\"suppressions\": [{\"rule\": \"money-mismatch\"}]}");
    Cli.Result run = Cli.run("check", Stories.contradiction(dir.resolve("story")).toString(),
        "--config", config.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(true, run.out().contains("1 findings suppressed"), run::toString);
  }
}
