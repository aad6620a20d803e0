package io.github.crosscheck.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crosscheck.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
  private final EntityFinder finder = new EntityFinder();
  private final DocumentEntities context = new DocumentEntities(Gazetteer.standard());

  private List<String> names(String sentence) {
    return finder.find(sentence, Words.scan(sentence, new TextSpan(0, sentence.length())), context).stream()
        .map(m -> m.entity().name() + "@" + m.span().of(sentence)).toList();
  }

  @Test
  void titleAndDemonymBeforeANameAreNotPartOfIt() {
    assertEquals(List.of("China@Chinese", "Aurelio Santana@Aurelio Santana"),
        names("Chinese President Aurelio Santana arrived."));
  }

  @Test
  void surnameResolvesToThePersonNamedEarlier() {
    names("Prime Minister Marc Tessier spoke on Friday.");
    assertEquals(List.of("Marc Tessier@Tessier"), names("Later, Tessier left."));
  }

  @Test
  void roleResolvesToTheHolderOfThatTitle() {
    names("U.S. President-elect Donald Trump held talks.");
    assertTrue(names("The call was cordial, the president-elect said.").contains("Donald Trump@the president-elect"));
  }

  @Test
  void countryLeaderRoleResolvesThroughTheTitlesCountry() {
    names("Chinese President Xi Jinping took the call.");
    assertTrue(names("He praised China’s leader warmly.").contains("Xi Jinping@China’s leader"));
  }

  @Test
  void gazetteerOrganizationsAndCountriesAreFound() {
    List<String> found = names("The Supreme Court upheld the law in the United States.");
    assertTrue(found.contains("U.S. Supreme Court@The Supreme Court"), found.toString());
    assertTrue(found.contains("United States@United States"), found.toString());
  }

  @Test
  void headlineWordsAreNotPeople() {
    assertEquals(List.of(), names("Why It Matters"));
  }

  @Test
  void possessiveIsNotPartOfTheName() {
    names("Prime Minister Marc Tessier spoke.");
    assertEquals(List.of("Marc Tessier@Tessier"), names("Tessier’s office declined to comment."));
  }

  private List<String> types(String sentence) {
    return finder.find(sentence, Words.scan(sentence, new TextSpan(0, sentence.length())), context).stream()
        .map(m -> m.entity().name() + ":" + m.entity().type()).toList();
  }

  @Test
  void unknownNamesEndingInAPlaceWordArePlaces() {
    assertEquals(List.of("Brennock Dam:PLACE", "Ostwick Falls:PLACE"),
        types("Water over the Brennock Dam reached Ostwick Falls."));
  }

  @Test
  void unknownNamesWithACompanyWordAreOrganizations() {
    assertEquals(List.of("Marrow Semiconductor:ORGANIZATION", "Tullis Port Authority:ORGANIZATION"),
        types("The deal between Marrow Semiconductor and the Tullis Port Authority stalled."));
  }

  @Test
  void aTitledNameIsAPersonEvenWithAPlaceWordInIt() {
    assertEquals(List.of("Lena Point:PERSON"), types("Governor Lena Point resigned."));
  }
}
