package io.github.crosscheck.core.claim;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known names: people, countries (with their demonyms and capitals), organizations and products,
 * each with its aliases. Lookups are case-sensitive on the first letter (names are capitalized in
 * news text) and ignore a leading "the".
 *
 * <p>{@link #standard()} is a small curated list shipped with the library; users add their own
 * entries with {@link #plus(Path)}, a tab-separated file in the same format as the bundled
 * {@code gazetteer.tsv} (type, canonical name, aliases separated by {@code |}, attributes). Later
 * entries win. Immutable and thread-safe.
 */
public final class Gazetteer {
  private static final String RESOURCE = "gazetteer.tsv";
  private static final Splitter TABS = Splitter.on('\t');
  private static final Splitter BARS = Splitter.on('|').trimResults().omitEmptyStrings();
  private static final Splitter SEMICOLONS = Splitter.on(';').trimResults().omitEmptyStrings();

  private final ImmutableMap<String, Entity> byAlias;
  private final ImmutableMap<String, Entity> byDemonym;
  private final ImmutableMap<Entity, Entity> countryOfPerson;
  private final int longestAliasWords;
  private final ImmutableList<Entity> people;
  private final com.google.common.collect.ImmutableListMultimap<String, Entity> peopleBySurname;

  private Gazetteer(Map<String, Entity> byAlias, Map<String, Entity> byDemonym, Map<Entity, Entity> countryOfPerson) {
    this.byAlias = ImmutableMap.copyOf(byAlias);
    this.byDemonym = ImmutableMap.copyOf(byDemonym);
    this.countryOfPerson = ImmutableMap.copyOf(countryOfPerson);
    this.longestAliasWords = byAlias.keySet().stream().mapToInt(a -> a.split(" ").length).max().orElse(1);
    this.people = this.byAlias.values().stream().filter(e -> e.type() == EntityType.PERSON).distinct().sorted()
        .collect(ImmutableList.toImmutableList());
    this.peopleBySurname = com.google.common.collect.Multimaps.index(people, Entity::surname);
  }

  /** The bundled gazetteer. */
  public static Gazetteer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Gazetteer INSTANCE = loadBundled();
  }

  /** An empty gazetteer, for tests and for users who bring their own complete list. */
  public static Gazetteer empty() {
    return new Gazetteer(Map.of(), Map.of(), Map.of());
  }

  private static Gazetteer loadBundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
      }
      return empty().plus(readLines(in), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This gazetteer plus the entries of a user file in the bundled format.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public Gazetteer plus(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return plus(readLines(in), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
  }

  private static List<String> readLines(InputStream in) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  private Gazetteer plus(List<String> lines, String source) {
    Map<String, Entity> aliases = new HashMap<>(byAlias);
    Map<String, Entity> demonyms = new HashMap<>(byDemonym);
    Map<Entity, Entity> countries = new HashMap<>(countryOfPerson);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> columns = TABS.splitToList(line);
      if (columns.size() < 2 || columns.get(1).isBlank()) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected type<TAB>name[<TAB>aliases[<TAB>attributes]]");
      }
      EntityType type;
      try {
        type = EntityType.valueOf(columns.get(0).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": unknown entity type \"" + columns.get(0) + "\"", e);
      }
      Entity entity = new Entity(columns.get(1).strip(), type);
      aliases.put(entity.name(), entity);
      if (columns.size() > 2) {
        BARS.split(columns.get(2)).forEach(alias -> aliases.put(alias, entity));
      }
      if (columns.size() > 3) {
        for (String attribute : SEMICOLONS.split(columns.get(3))) {
          int eq = attribute.indexOf('=');
          if (eq < 0) {
            throw new IllegalArgumentException(source + ":" + (i + 1) + ": attribute without '=': " + attribute);
          }
          String key = attribute.substring(0, eq).strip();
          String value = attribute.substring(eq + 1);
          switch (key) {
            case "demonym" -> BARS.split(value).forEach(d -> demonyms.put(d, entity));
            case "capital" -> BARS.split(value).forEach(c -> aliases.putIfAbsent(c, entity));
            case "country" -> countries.put(entity, new Entity(value.strip(), EntityType.COUNTRY));
            default -> { } // unknown attributes are allowed, so richer files load too
          }
        }
      }
    }
    return new Gazetteer(aliases, demonyms, countries);
  }

  /** The entity a name or alias denotes ("U.S.", "the Supreme Court", "Xi Jinping"). */
  public Optional<Entity> lookup(String phrase) {
    requireNonNull(phrase, "phrase");
    Entity found = byAlias.get(phrase);
    if (found == null && phrase.startsWith("the ")) {
      found = byAlias.get(phrase.substring(4));
    }
    if (found == null && phrase.startsWith("The ")) {
      found = byAlias.get(phrase.substring(4));
    }
    return Optional.ofNullable(found);
  }

  /** The country (or bloc) an adjective of nationality denotes ("Chinese" → China). */
  public Optional<Entity> demonym(String adjective) {
    return Optional.ofNullable(byDemonym.get(adjective));
  }

  /** The country a known person belongs to, when the gazetteer says. */
  public Optional<Entity> countryOf(Entity person) {
    return Optional.ofNullable(countryOfPerson.get(person));
  }

  /** All people the gazetteer knows, for surname resolution. */
  public ImmutableList<Entity> people() {
    return people;
  }

  /** The people the gazetteer knows by this surname. */
  public ImmutableList<Entity> peopleWithSurname(String surname) {
    return peopleBySurname.get(surname);
  }

  /** The most words any alias has, to bound phrase lookups. */
  public int longestAliasWords() {
    return longestAliasWords;
  }
}
