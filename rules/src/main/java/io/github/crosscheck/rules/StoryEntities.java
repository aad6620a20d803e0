package io.github.crosscheck.rules;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import java.util.ArrayList;
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

  /** The graph's claims with one name per participant, as a graph of the same documents. */
  static ClaimGraph unify(ClaimGraph graph) {
    List<Entity> entities = graph.entities();
    Map<String, Entity> bySurname = new HashMap<>();
    Map<String, Integer> fullNames = new HashMap<>();
    for (Entity entity : entities) {
      if (entity.name().indexOf(' ') > 0 && entity.type() != EntityType.COUNTRY
          && entity.type() != EntityType.ORGANIZATION) {
        String surname = entity.surname();
        bySurname.put(surname, entity);
        fullNames.merge(surname, 1, Integer::sum);
      }
    }
    Names names = new Names(bySurname, fullNames, shorterNames(entities));
    int[] rename = new int[entities.size()];
    Map<Entity, Integer> index = null;
    boolean renames = false;
    for (int e = 0; e < entities.size(); e++) {
      rename[e] = e;
      Entity full = names.fullNameOf(entities.get(e));
      if (full != null) {
        if (index == null) {
          index = new HashMap<>();
          for (int i = 0; i < entities.size(); i++) {
            index.put(entities.get(i), i);
          }
        }
        rename[e] = index.get(full);
        renames |= rename[e] != e;
      }
    }
    if (!renames) {
      return graph;
    }
    List<Claim> claims = graph.claims();
    ImmutableList.Builder<Claim> result = ImmutableList.builderWithExpectedSize(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      boolean renamed = false;
      for (int p = graph.firstParticipant(i); p < graph.endOfParticipants(i) && !renamed; p++) {
        renamed = rename[graph.participant(p)] != graph.participant(p);
      }
      result.add(renamed ? claim.withSubject(claim.subject().withParticipants(names.unified(claim.subject().participants())))
          : claim);
    }
    return graph.renamed(result.build(), rename);
  }

  /** The story's full names: by surname (with how many full names share it) and for longer spellings. */
  private record Names(Map<String, Entity> bySurname, Map<String, Integer> fullNames, Map<Entity, Entity> longer) {
    /** The full name a participant stands for, or null when it stands for itself. */
    Entity fullNameOf(Entity entity) {
      return entity.name().indexOf(' ') < 0 && fullNames.getOrDefault(entity.name(), 0) == 1
          ? bySurname.get(entity.name()) : longer.get(entity);
    }


    Set<Entity> unified(Set<Entity> participants) {
      Set<Entity> result = new TreeSet<>();
      for (Entity entity : participants) {
        Entity full = fullNameOf(entity);
        result.add(full == null ? entity : full);
      }
      return result;
    }
  }

  /**
   * A name that is another person's full name with a word in front ("Centrist Irena Malek", read
   * off a sentence start) stands for that person.
   */
  private static Map<Entity, Entity> shorterNames(List<Entity> entities) {
    // A shorter name has a space of its own, so only names of three words or more have one; each name
    // is matched on its own, so the people need no order.
    Map<String, Entity> byName = new HashMap<>();
    List<Entity> longNames = new ArrayList<>();
    for (Entity entity : entities) {
      int space = entity.name().indexOf(' ');
      if (entity.type() == EntityType.PERSON && space > 0) {
        byName.put(entity.name(), entity);
        if (entity.name().indexOf(' ', space + 1) > 0) {
          longNames.add(entity);
        }
      }
    }
    Map<Entity, Entity> result = new HashMap<>();
    for (Entity name : longNames) {
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
