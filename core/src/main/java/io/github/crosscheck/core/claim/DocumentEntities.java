package io.github.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one document has said so far about who is who: the people it named in full, their titles
 * and countries. Mentions later in the document ("Xi", "the president-elect", "China's leader")
 * resolve against it. Mutable, confined to the extraction of one document.
 */
final class DocumentEntities {
  private final Gazetteer gazetteer;
  private final Map<String, Entity> people = new LinkedHashMap<>();
  private final List<Role> roles = new ArrayList<>();
  private final Map<Entity, Integer> personMentions = new LinkedHashMap<>();

  private record Role(String title, Optional<Entity> country, Entity person) {}

  DocumentEntities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Records a person named in full, with the title and country the text gave them. */
  void person(Entity person, Optional<String> title, Optional<Entity> country) {
    people.putIfAbsent(person.name(), person);
    Optional<Entity> nation = country.or(() -> gazetteer.countryOf(person));
    title.ifPresent(t -> roles.add(new Role(t, nation, person)));
    if (title.isEmpty() && nation.isPresent()) {
      roles.add(new Role("", nation, person));
    }
  }

  /** The person a single name refers to: a surname or given name of someone named in full. */
  Optional<Entity> bySingleName(String name) {
    Optional<Entity> bySurname = unique(people.values().stream().filter(p -> p.surname().equals(name)).toList());
    if (bySurname.isPresent()) {
      return bySurname;
    }
    Optional<Entity> byGivenName = unique(people.values().stream().filter(p -> p.name().startsWith(name + " ")).toList());
    if (byGivenName.isPresent()) {
      return byGivenName;
    }
    return unique(gazetteer.peopleWithSurname(name));
  }

  private static Optional<Entity> unique(java.util.List<Entity> candidates) {
    return candidates.stream().distinct().count() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** A person already named in full under this exact name, or a gazetteer person. */
  Optional<Entity> byFullName(String name) {
    return Optional.ofNullable(people.get(name))
        .or(() -> gazetteer.lookup(name).filter(e -> e.type() == EntityType.PERSON));
  }

  /**
   * The person a role refers to ("the president-elect", "China's leader"): the one most recently
   * given that title (and country, when the role names one). "leader" matches any head of state or
   * government title.
   */
  Optional<Entity> byRole(String title, Optional<Entity> country) {
    for (int i = roles.size() - 1; i >= 0; i--) {
      Role role = roles.get(i);
      boolean titleMatches = role.title.equals(title) || (title.equals("leader") && isLeaderTitle(role.title))
          || (title.equals("leader") && role.title.isEmpty() && country.isPresent());
      boolean countryMatches = country.isEmpty() || role.country.equals(country);
      if (titleMatches && countryMatches) {
        return Optional.of(role.person);
      }
    }
    return Optional.empty();
  }

  private static boolean isLeaderTitle(String title) {
    return switch (title) {
      case "president", "president-elect", "prime minister", "premier", "chancellor", "chairman", "king", "queen",
          "leader", "emperor" -> true;
      default -> false;
    };
  }

  /** Counts a mention of a person, to know who the document is mostly about. */
  void mentioned(Entity entity) {
    if (entity.type() == EntityType.PERSON) {
      personMentions.merge(entity, 1, Integer::sum);
    }
  }

  /** The people mentioned most so far (ties: first mentioned first), at most {@code limit}. */
  List<Entity> mostMentioned(int limit) {
    return personMentions.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
