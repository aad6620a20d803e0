package io.github.crosscheck.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.InputException.Problem;
import io.github.crosscheck.rules.BuiltinRules;
import io.github.crosscheck.rules.CheckConfig;
import io.github.crosscheck.rules.SourceTier;
import io.github.crosscheck.rules.Suppression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Reads a {@code --config} file:
 *
 * <pre>{
 *   "disabledRules": ["date-mismatch"],
 *   "quantityTolerance": 0.02, "ratePoints": 0.5, "newsCycleDays": 3,
 *   "suppressions": [{"rule": "quantity-mismatch", "subject": "...", "claims": ["a.txt:1-9:count", "b.txt:4-12:count"]}],
 *   "tiers": {"Harbor Wire": "PRIMARY", "blog.txt": "UNVETTED"}
 * }</pre>
 * Every field is optional. An unknown field, a value of the wrong type, an unknown rule id or tier,
 * and a repeated field are errors — so a typo never silently does nothing — reported as an
 * {@link InputException} naming the file, the line and column, and the field.
 */
final class ConfigFile {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final List<String> FIELDS =
      List.of("disabledRules", "quantityTolerance", "ratePoints", "newsCycleDays", "suppressions", "tiers");
  private static final List<String> SUPPRESSION_FIELDS = List.of("rule", "subject", "claims");

  private final String source;
  private final Map<String, JsonLocation> locations;

  private ConfigFile(String source, Map<String, JsonLocation> locations) {
    this.source = source;
    this.locations = locations;
  }

  static CheckConfig read(Path file) {
    String source = file.toString();
    String json = text(file);
    JsonNode root;
    Map<String, JsonLocation> locations;
    try {
      locations = locate(json);
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw InputException.at(Problem.MALFORMED_JSON, source, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
    }
    ConfigFile config = new ConfigFile(source, locations);
    if (root == null || !root.isObject()) {
      throw config.error("", "expected a JSON object such as {\"disabledRules\": [\"date-mismatch\"]}");
    }
    return config.build(root);
  }

  private CheckConfig build(JsonNode root) {
    CheckConfig.Builder builder = CheckConfig.builder();
    root.fields().forEachRemaining(field -> {
      String at = child("", field.getKey());
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "disabledRules" -> elements(at, value).forEach((where, rule) -> builder.disable(ruleId(where, rule)));
        case "quantityTolerance" ->
            builder.quantityTolerance(valid(at, number(at, value).decimalValue(), CheckConfig.Builder::quantityTolerance));
        case "ratePoints" -> builder.ratePoints(valid(at, number(at, value).decimalValue(), CheckConfig.Builder::ratePoints));
        case "newsCycleDays" ->
            builder.newsCycleDays(valid(at, wholeNumber(at, value).intValue(), CheckConfig.Builder::newsCycleDays));
        case "suppressions" -> elements(at, value).forEach((where, s) -> builder.suppress(suppression(where, s)));
        case "tiers" -> tiers(at, value, builder);
        default -> throw error(at, "unknown field \"" + field.getKey() + "\" (fields: " + String.join(", ", FIELDS) + ")");
      }
    });
    return builder.build();
  }

  /** Validates one setting on its own, so a value out of range is reported at its position. */
  private <T> T valid(String at, T value, BiConsumer<CheckConfig.Builder, T> setting) {
    try {
      CheckConfig.Builder alone = CheckConfig.builder();
      setting.accept(alone, value);
      alone.build();
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage());
    }
    return value;
  }

  /** The elements of an array, keyed by their JSON pointers, in order. */
  private Map<String, JsonNode> elements(String at, JsonNode value) {
    if (!value.isArray()) {
      throw error(at, "\"" + name(at) + "\" must be an array, got " + shown(value));
    }
    Map<String, JsonNode> elements = new LinkedHashMap<>();
    for (int i = 0; i < value.size(); i++) {
      elements.put(at + "/" + i, value.get(i));
    }
    return elements;
  }

  private String ruleId(String at, JsonNode rule) {
    String id = string(at, rule);
    List<String> known = BuiltinRules.all().stream().map(r -> r.info().id()).toList();
    if (!known.contains(id)) {
      throw error(at, "unknown rule \"" + id + "\" (rules: " + String.join(", ", known) + ")");
    }
    return id;
  }

  private Suppression suppression(String at, JsonNode node) {
    if (!node.isObject()) {
      throw error(at, "a suppression must be an object with \"rule\", \"subject\" and/or \"claims\", got "
          + shown(node));
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!SUPPRESSION_FIELDS.contains(name)) {
        throw error(child(at, name), "unknown field \"" + name + "\" in a suppression (fields: "
            + String.join(", ", SUPPRESSION_FIELDS) + ")");
      }
    });
    Optional<String> rule = Optional.ofNullable(node.get("rule")).map(r -> ruleId(at + "/rule", r));
    Optional<String> subject = Optional.ofNullable(node.get("subject")).map(s -> string(at + "/subject", s));
    List<String> claims = new ArrayList<>();
    if (node.has("claims")) {
      elements(at + "/claims", node.get("claims")).forEach((where, claim) -> claims.add(string(where, claim)));
    }
    if (claims.size() > 2) {
      throw error(at + "/claims", "a suppression names at most two claims, got " + claims.size());
    }
    try {
      return new Suppression(rule, subject, claims.stream().findFirst(), claims.stream().skip(1).findFirst());
    } catch (IllegalArgumentException e) {
      throw error(at, e.getMessage());
    }
  }

  private void tiers(String at, JsonNode value, CheckConfig.Builder builder) {
    if (!value.isObject()) {
      throw error(at, "\"tiers\" must be an object of source → tier, got " + shown(value));
    }
    value.fields().forEachRemaining(tier -> {
      String where = child(at, tier.getKey());
      String name = string(where, tier.getValue()).toUpperCase(Locale.ROOT);
      SourceTier parsed = Arrays.stream(SourceTier.values()).filter(t -> t.name().equals(name)).findFirst()
          .orElseThrow(() -> error(where, "unknown tier \"" + tier.getValue().asText() + "\" for \"" + tier.getKey()
              + "\" (tiers: " + Arrays.stream(SourceTier.values()).map(Enum::name).collect(Collectors.joining(", "))
              + ")"));
      builder.tier(tier.getKey(), parsed);
    });
  }

  private JsonNode number(String at, JsonNode value) {
    if (!value.isNumber()) {
      throw error(at, "\"" + name(at) + "\" must be a number, got " + shown(value));
    }
    return value;
  }

  private JsonNode wholeNumber(String at, JsonNode value) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error(at, "\"" + name(at) + "\" must be a whole number, got " + shown(value));
    }
    return value;
  }

  private String string(String at, JsonNode value) {
    if (!value.isTextual()) {
      throw error(at, "\"" + name(at) + "\" must be text, got " + shown(value));
    }
    return value.asText();
  }

  private InputException error(String at, String detail) {
    JsonLocation location = locations.get(at);
    return location == null
        ? InputException.of(Problem.MALFORMED_JSON, source, detail)
        : InputException.at(Problem.MALFORMED_JSON, source, location.getLineNr(), location.getColumnNr(), detail);
  }

  /** A JSON pointer as a reader would write it: {@code /suppressions/0/rule} is {@code suppressions[0].rule}. */
  private static String name(String at) {
    StringBuilder name = new StringBuilder();
    for (String segment : at.substring(1).split("/", -1)) {
      if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
        name.append('[').append(segment).append(']');
      } else {
        name.append(name.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return name.toString();
  }

  /** The JSON pointer of a field of the object at {@code at}. */
  private static String child(String at, String field) {
    return at + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  private static String shown(JsonNode value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** Where each value starts, keyed by JSON pointer ({@code /suppressions/0/rule}); also checks the syntax. */
  private static Map<String, JsonLocation> locate(String json) throws JsonProcessingException {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
            ? parser.getParsingContext().getParent().pathAsPointer().toString()
            : parser.getParsingContext().pathAsPointer().toString();
        locations.putIfAbsent(pointer, parser.currentTokenLocation());
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return locations;
  }

  private static String text(Path file) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw InputException.of(Problem.UNREADABLE, source, "is a folder, not a configuration file");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw InputException.of(Problem.MISSING_FILE, source, "no such configuration file");
    } catch (CharacterCodingException e) {
      throw InputException.of(Problem.INVALID_UTF8, source, "invalid UTF-8; the configuration must be UTF-8 JSON");
    } catch (IOException e) {
      throw InputException.of(Problem.UNREADABLE, source, "cannot read the configuration: " + e.getMessage());
    }
  }
}
