package io.github.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEntitiesTest {
  @Test
  void aSurnameAloneStandsForTheOnlyFullNameWithIt() {
    assertEquals(List.of(List.of("Irena Malek"), List.of("Irena Malek")),
        participants(unified(person("Irena Malek"), person("Malek"))));
  }

  @Test
  void aSurnameSharedByTwoFullNamesStaysAsItIs() {
    assertEquals(List.of(List.of("Irena Malek"), List.of("Tomas Malek"), List.of("Malek")),
        participants(unified(person("Irena Malek"), person("Tomas Malek"), person("Malek"))));
  }

  @Test
  void aFullNameWithAWordInFrontStandsForThatPerson() {
    assertEquals(List.of(List.of("Irena Malek"), List.of("Irena Malek"), List.of("Irena Malek")),
        participants(unified(person("Centrist Irena Malek"), person("Irena Malek"), person("Party Leader Irena Malek"))));
  }

  @Test
  void aWordInFrontOfAnotherPersonsSurnameAloneIsNoShorterName() {
    // "Ms Malek" is two words: the shorter "Malek" has no space, so it names nobody in particular.
    assertEquals(List.of(List.of("Irena Malek"), List.of("Ms Malek")),
        participants(unified(person("Irena Malek"), person("Ms Malek"))));
  }

  @Test
  void organizationsAndPlacesAreNotNamedBySurname() {
    Entity bank = new Entity("Central Bank", EntityType.ORGANIZATION);
    Entity bankAlone = new Entity("Bank", EntityType.PERSON);
    assertEquals(List.of(List.of("Central Bank"), List.of("Bank")),
        participants(unified(bank, bankAlone)));
  }

  private static Entity person(String name) {
    return TestClaims.person(name);
  }

  /** One claim naming each participant, all in one document, unified as a check unifies them. */
  private static List<Claim> unified(Entity... participants) {
    List<Claim> claims = new ArrayList<>();
    for (Entity participant : participants) {
      claims.add(TestClaims.count("story/a.txt", "deaths", 1, participant));
    }
    return StoryEntities.unify(ClaimGraph.of(claims)).claims();
  }

  private static List<List<String>> participants(List<Claim> claims) {
    return claims.stream().map(c -> c.subject().participants().stream().map(Entity::name).toList()).toList();
  }
}
