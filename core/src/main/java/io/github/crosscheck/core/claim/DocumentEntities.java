package io.github.crosscheck.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What one document has said so far about who is who: the people it named in full, their titles
 * and countries. Mentions later in the document ("Xi", "the president-elect", "China's leader")
 * resolve against it. Mutable, confined to the extraction of one document.
 */
final class DocumentEntities {
  private final Gazetteer gazetteer;
  private final Map<String, Entity> people = new LinkedHashMap<>();
  /** The values of {@code people} in order, walked by index: no iterator per capitalized word. */
  private final List<Entity> peopleInOrder = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();
  private final Map<Entity, Integer> personMentions = new LinkedHashMap<>();

  private record Role(String title, Optional<Entity> country, Entity person) {}

  DocumentEntities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Records a person named in full, with the title and country the text gave them. */
  void person(Entity person, Optional<String> title, Optional<Entity> country) {
    if (people.putIfAbsent(person.name(), person) == null) {
      peopleInOrder.add(person);
    }
    Optional<Entity> nation = country.or(() -> gazetteer.countryOf(person));
    title.ifPresent(t -> roles.add(new Role(t, nation, person)));
    if (title.isEmpty() && nation.isPresent()) {
      roles.add(new Role("", nation, person));
    }
  }

  /** The person a single name refers to: a surname or given name of someone named in full. */
  Optional<Entity> bySingleName(String name) {
    Optional<Entity> bySurname = unique(peopleInOrder, name, DocumentEntities::hasSurname);
    if (bySurname.isPresent()) {
      return bySurname;
    }
    Optional<Entity> byGivenName = unique(peopleInOrder, name, DocumentEntities::hasGivenName);
    if (byGivenName.isPresent()) {
      return byGivenName;
    }
    return unique(gazetteer.peopleWithSurname(name), name, (person, word) -> true);
  }

  /**
   * The one person among {@code candidates} that {@code test} accepts for {@code word} (several
   * equal entities count as one); empty when none or several. A loop, not a stream: it runs for
   * every capitalized word of a document.
   */
  private static Optional<Entity> unique(List<Entity> candidates, String word, BiPredicate<Entity, String> test) {
    Entity found = null;
    for (int i = 0; i < candidates.size(); i++) {
      Entity candidate = candidates.get(i);
      if (!test.test(candidate, word)) {
        continue;
      }
      if (found == null) {
        found = candidate;
      } else if (!found.equals(candidate)) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether the last word of the person's name is {@code word}, as {@link Entity#surname()} without its copy. */
  private static boolean hasSurname(Entity person, String word) {
    String name = person.name();
    int start = name.lastIndexOf(' ') + 1;
    return name.length() - start == word.length() && name.startsWith(word, start);
  }

  /** Whether the person's name starts with {@code word} and a space. */
  private static boolean hasGivenName(Entity person, String word) {
    String name = person.name();
    return name.length() > word.length() && name.charAt(word.length()) == ' ' && name.startsWith(word);
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
