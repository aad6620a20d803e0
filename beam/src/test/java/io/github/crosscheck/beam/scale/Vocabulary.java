package io.github.crosscheck.beam.scale;

import java.util.List;
import java.util.SplittableRandom;

/** Invented names, places and organizations for the generated corpus; none is a real person or company. */
final class Vocabulary {
  static final List<String> FIRST = List.of("Marc", "Aurelio", "Priya", "Danielle", "Martin", "Ilse", "Tomas",
      "Keiko", "Ravi", "Amara", "Jonas", "Lucia", "Osman", "Greta", "Felix", "Nadia", "Pavel", "Sofia", "Henrik",
      "Yara", "Emil", "Ines", "Bruno", "Leila", "Anton", "Maren", "Diego", "Hana", "Viktor", "Alma", "Tariq",
      "Elena", "Kofi", "Mirela", "Sven", "Noor", "Lars", "Zofia", "Rafael", "Ada");
  static final List<String> LAST = List.of("Tessier", "Santana", "Ramcharan", "Okafor", "Greaves", "Horvat",
      "Lindqvist", "Moreau", "Takeda", "Varga", "Castellano", "Brandt", "Novak", "Adeyemi", "Kowalczyk", "Ferreira",
      "Halvorsen", "Petrescu", "Duarte", "Nakamura", "Ibarra", "Koenig", "Mbeki", "Oliveira", "Sorensen", "Tanaka",
      "Vukovic", "Almeida", "Bergstrom", "Costa", "Dragan", "Eriksen", "Fontaine", "Gallo", "Haddad", "Ivanova",
      "Jansen", "Kaplan", "Laurent", "Marsh", "Nilsen", "Ortega", "Pereira", "Quist", "Rosen", "Silva");
  static final List<String> COUNTRIES = List.of("Solvara", "Vardenia", "Ostrelia", "Kalmar", "Teravia", "Belmora",
      "Corvania", "Drustan", "Estmark", "Falora", "Gravenia", "Halvia", "Istrana", "Jorvik", "Lusania", "Meridia",
      "Norvale", "Orenza", "Pelagia", "Quarina", "Rostova", "Sarnia", "Tolvana", "Umbria Nova", "Valtera");
  static final List<String> DEMONYMS = List.of("Solvaran", "Vardenian", "Ostrelian", "Kalmari", "Teravian",
      "Belmoran", "Corvanian", "Drustani", "Estmarker", "Faloran", "Gravenian", "Halvian", "Istranan", "Jorvikian",
      "Lusanian", "Meridian", "Norvalian", "Orenzan", "Pelagian", "Quarinan", "Rostovan", "Sarnian", "Tolvanan",
      "Umbrian", "Valteran");
  static final List<String> CITIES = List.of("Puerto Alba", "Harrow Point", "Lisbourne", "Kestrel Bay", "Marlow",
      "Northgate", "Ravensholm", "Silverton", "Tarnwick", "Eastbrook", "Westhaven", "Brightwater", "Coldharbour",
      "Dunmere", "Fairhold", "Glenridge", "Highcliff", "Ironvale", "Juniper Falls", "Kingsmoor", "Larkspur",
      "Millbrook", "Oakhurst", "Pinecrest", "Queensferry", "Redcliffe", "Stonebridge", "Thornbury");
  static final List<String> COMPANY_HEADS = List.of("Navesol", "Brightline", "Corvex", "Dalton", "Everhart",
      "Fenwick", "Granite", "Halcyon", "Ironwood", "Juniper", "Kestrel", "Lumora", "Meridian", "Northwind", "Orbis",
      "Pelican", "Quantum", "Redwood", "Solace", "Trident", "Umbra", "Vantage", "Westmark", "Zenith");
  static final List<String> COMPANY_TAILS = List.of("Logistics", "Holdings", "Energy", "Shipping", "Pharma",
      "Foods", "Telecom", "Mining", "Airways", "Steel", "Bank", "Motors", "Robotics", "Media", "Chemicals");
  static final List<String> OUTLETS = List.of("Harbor Wire", "Northern Ledger", "Maple Post", "Atlantic Desk",
      "Coastline Times", "Daily Meridian", "Capital Courier", "Evening Standard-Bearer", "The Dispatch",
      "Morning Signal", "Valley Herald", "Global Brief");
  static final List<String> FILLER = List.of(
      "The statement offered few specifics.",
      "Officials declined to comment further.",
      "Analysts said the outcome remained uncertain.",
      "Critics called the move premature, while supporters welcomed it.",
      "People familiar with the matter said talks would continue.",
      "\u201cWe are closer than we were,\u201d a spokesperson said, without elaborating.",
      "Relations between the two sides have been strained for years.",
      "The ministry released no further details.",
      "Opposition lawmakers demanded a full inquiry.",
      "Markets reacted calmly to the news.",
      "Local residents gathered outside the building through the afternoon.",
      "The office did not say whether a further statement would follow.");

  private Vocabulary() {}

  static String pick(SplittableRandom random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  static String person(SplittableRandom random) {
    return pick(random, FIRST) + " " + pick(random, LAST);
  }

  static String company(SplittableRandom random) {
    return pick(random, COMPANY_HEADS) + " " + pick(random, COMPANY_TAILS);
  }
}
