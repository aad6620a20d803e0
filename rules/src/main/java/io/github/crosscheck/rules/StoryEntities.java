package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes one name per participant across the documents of a story: a person one source calls only
 * "Santana" is the "Aurelio Santana" another source names in full, when exactly one full name in
 * the story has that surname.
 */
final class StoryEntities {
  private StoryEntities() {}

  static ImmutableList<Claim> unify(List<Claim> claims) {
    Map<String, Entity> bySurname = new HashMap<>();
    Map<String, Integer> fullNames = new HashMap<>();
    for (Claim claim : claims) {
      for (Entity entity : claim.subject().participants()) {
        if (entity.name().indexOf(' ') > 0 && entity.type() != EntityType.COUNTRY
            && entity.type() != EntityType.ORGANIZATION) {
          Entity previous = bySurname.put(entity.surname(), entity);
          if (previous == null || !previous.equals(entity)) {
            fullNames.merge(entity.surname(), 1, Integer::sum);
          }
        }
      }
    }
    Map<Entity, Entity> longer = shorterNames(claims);
    ImmutableList.Builder<Claim> result = ImmutableList.builder();
    for (Claim claim : claims) {
      Set<Entity> participants = new TreeSet<>();
      boolean changed = false;
      for (Entity entity : claim.subject().participants()) {
        Entity full = entity.name().indexOf(' ') < 0 && fullNames.getOrDefault(entity.name(), 0) == 1
            ? bySurname.get(entity.name()) : longer.get(entity);
        participants.add(full == null ? entity : full);
        changed |= full != null;
      }
      result.add(changed ? claim.withSubject(claim.subject().withParticipants(participants)) : claim);
    }
    return result.build();
  }

  /**
   * A name that is another person's full name with a word in front ("Centrist Irena Malek", read
   * off a sentence start) stands for that person.
   */
  private static Map<Entity, Entity> shorterNames(List<Claim> claims) {
    Set<Entity> people = new TreeSet<>();
    claims.forEach(c -> c.subject().participants().stream().filter(e -> e.type() == EntityType.PERSON)
        .forEach(people::add));
    Map<String, Entity> byName = new HashMap<>();
    people.forEach(p -> byName.put(p.name(), p));
    Map<Entity, Entity> result = new HashMap<>();
    for (Entity name : people) {
      String rest = name.name();
      for (int space = rest.indexOf(' '); space > 0; space = rest.indexOf(' ')) {
        rest = rest.substring(space + 1);
        Entity shorter = byName.get(rest);
        if (shorter != null && rest.indexOf(' ') > 0) {
          result.put(name, shorter);
          break;
        }
      }
    }
    return result;
  }
}
