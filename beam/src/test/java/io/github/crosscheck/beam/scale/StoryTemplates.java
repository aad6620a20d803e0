package io.github.crosscheck.beam.scale;

import static io.github.crosscheck.beam.scale.Vocabulary.pick;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The claim patterns of the fixture stories as sentence templates: leaders' calls with recency and
 * deadlines, disaster tolls, takeover prices and long-stop dates, vote shares and runoffs, summit
 * clocks. Each story draws fresh invented participants, places and values; each article restates
 * some of the facts, sometimes with a planted different value, among filler sentences.
 */
final class StoryTemplates {
  private StoryTemplates() {}

  /** The claim-bearing sentences an article of this story may use; {@code conflict} changes one value. */
  static List<String> facts(int kind, SplittableRandom story, SplittableRandom article, LocalDate day,
      boolean conflict) {
    return switch (kind) {
      case 0 -> call(story, article, day, conflict);
      case 1 -> disaster(story, article, day, conflict);
      case 2 -> takeover(story, article, day, conflict);
      case 3 -> election(story, article, day, conflict);
      default -> summit(story, article, day, conflict);
    };
  }

  static String headline(int kind, SplittableRandom story) {
    return switch (kind) {
      case 0 -> Vocabulary.pick(story, Vocabulary.LAST) + " and " + Vocabulary.pick(story, Vocabulary.LAST)
          + " hold first phone talks as deadline looms";
      case 1 -> "Dam collapse near " + pick(story, Vocabulary.CITIES) + " leaves dozens dead";
      case 2 -> Vocabulary.company(story) + " agrees takeover as regulators circle";
      case 3 -> pick(story, Vocabulary.COUNTRIES) + " heads for runoff after close first round";
      default -> "Leaders gather in " + pick(story, Vocabulary.CITIES) + " for regional summit";
    };
  }

  private static String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String weekday(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String date(LocalDate date) {
    return month(date) + " " + date.getDayOfMonth();
  }

  private static List<String> call(SplittableRandom s, SplittableRandom a, LocalDate day, boolean conflict) {
    String leader = Vocabulary.person(s);
    String other = Vocabulary.person(s);
    int country = s.nextInt(Vocabulary.COUNTRIES.size());
    String nation = Vocabulary.COUNTRIES.get(country);
    String company = Vocabulary.company(s);
    int years = 2 + s.nextInt(6);
    LocalDate deadline = day.plusDays(2 + s.nextInt(20));
    LocalDate lastCall = day.minusYears(years).withDayOfMonth(1 + s.nextInt(27));
    int stake = 20 + s.nextInt(60);
    int hour = 7 + s.nextInt(4);
    List<String> facts = new ArrayList<>();
    facts.add("Prime Minister " + leader + " and " + Vocabulary.DEMONYMS.get(country) + " President " + other
        + " spoke by telephone on " + weekday(day) + ", the first call between the two men in "
        + (conflict ? years + 3 : years) + " years.");
    facts.add(leader + " held a call with " + nation + "\u2019s president, " + other + ", on " + weekday(day)
        + " \u2014 their first direct conversation since " + month(lastCall) + " " + lastCall.getYear() + ".");
    facts.add("The call began at " + hour + " a.m. Eastern (" + (hour + (conflict ? 5 : 4)) + "00 GMT), an official said.");
    facts.add(company + " must find a buyer for its " + stake + " percent stake by " + weekday(deadline)
        + " or lose its operating licence.");
    facts.add("If the stake is not sold, the licence lapses on " + date(conflict ? deadline.plusDays(7) : deadline)
        + ", the industry department has said.");
    facts.add("The terminal in " + pick(s, Vocabulary.CITIES) + " handles nearly " + (100 + s.nextInt(900))
        + ",000 containers a year and employs roughly " + (200 + s.nextInt(1800)) + " dockworkers.");
    return facts;
  }

  private static List<String> disaster(SplittableRandom s, SplittableRandom a, LocalDate day, boolean conflict) {
    String city = pick(s, Vocabulary.CITIES);
    int dead = 5 + s.nextInt(60);
    int injured = 20 + s.nextInt(200);
    int hour = 1 + s.nextInt(10);
    String agency = pick(s, Vocabulary.DEMONYMS) + " civil protection agency";
    List<String> facts = new ArrayList<>();
    facts.add("At least " + dead + " people were killed when a dam collapsed near " + city + " on "
        + weekday(day) + ", officials said.");
    facts.add("By " + hour + " p.m. the " + agency + " said " + (conflict ? injured * 3 : injured)
        + " people had been injured.");
    facts.add("The death toll rose to " + (dead + a.nextInt(5)) + " by the evening, according to the " + agency + ".");
    facts.add("Rescue teams reported " + injured + " injured at " + hour + " p.m. on " + weekday(day) + ".");
    facts.add("\u201cWe have recovered " + (conflict ? dead - 3 : dead) + " bodies,\u201d said regional governor "
        + Vocabulary.person(s) + ".");
    facts.add("Nearly " + (1 + s.nextInt(20)) + ",000 people were evacuated from villages downstream.");
    return facts;
  }

  private static List<String> takeover(SplittableRandom s, SplittableRandom a, LocalDate day, boolean conflict) {
    String buyer = Vocabulary.company(s);
    String target = Vocabulary.company(s);
    int whole = 1 + s.nextInt(9);
    int tenth = s.nextInt(10);
    LocalDate longStop = day.plusMonths(6 + s.nextInt(12)).withDayOfMonth(1).minusDays(1);
    int jobs = 100 * (3 + s.nextInt(30));
    List<String> facts = new ArrayList<>();
    facts.add(buyer + " agreed to buy " + target + " for $" + (conflict ? tenth + "." + whole : whole + "." + tenth)
        + " billion in cash, the companies said on " + weekday(day) + ".");
    facts.add("The " + whole + "." + tenth + "bn dollars deal values " + target + " at a premium of "
        + (10 + s.nextInt(40)) + " percent to its closing price.");
    facts.add("Regulators must clear the deal by " + date(conflict ? longStop.plusMonths(3) : longStop) + ", "
        + longStop.getYear() + ", the long-stop date in the agreement.");
    facts.add("About " + String.format(Locale.ROOT, "%,d", jobs) + " jobs will be cut over " + (2 + s.nextInt(3))
        + " years, the buyer said.");
    facts.add("Shares of " + target + " rose " + (3 + a.nextInt(20)) + " percent in early trading.");
    return facts;
  }

  private static List<String> election(SplittableRandom s, SplittableRandom a, LocalDate day, boolean conflict) {
    String winner = Vocabulary.person(s);
    String second = Vocabulary.person(s);
    int share = 35 + s.nextInt(20);
    int turnout = 50 + s.nextInt(30);
    LocalDate runoff = day.plusDays(14 + s.nextInt(14));
    List<String> facts = new ArrayList<>();
    facts.add(winner + " won " + share + "." + s.nextInt(10) + " percent of the vote and " + second + " "
        + (share - 5) + " percent, according to preliminary results.");
    facts.add("Final turnout was " + (conflict ? turnout + 7 : turnout) + " percent, the electoral commission said.");
    facts.add("A runoff between the two is set for " + weekday(runoff) + ", " + date(conflict ? runoff.plusDays(7) : runoff)
        + ", " + runoff.getYear() + ".");
    facts.add("Turnout reached " + turnout + " percent, up from " + (turnout - 4) + " percent four years ago.");
    facts.add(second + " conceded nothing on " + weekday(day) + " night and said the count in "
        + pick(s, Vocabulary.CITIES) + " was still going on.");
    return facts;
  }

  private static List<String> summit(SplittableRandom s, SplittableRandom a, LocalDate day, boolean conflict) {
    String city = pick(s, Vocabulary.CITIES);
    int hour = 8 + s.nextInt(3);
    LocalDate summitDay = day.plusDays(3 + s.nextInt(10));
    List<String> facts = new ArrayList<>();
    facts.add("The summit in " + city + " opens at " + hour + " a.m. Eastern (" + (hour + (conflict ? 4 : 5))
        + "00 GMT) on " + date(summitDay) + ".");
    facts.add("Foreign ministers will meet on " + weekday(summitDay.minusDays(2)) + ", two days before the summit.");
    facts.add(Vocabulary.person(s) + " of " + pick(s, Vocabulary.COUNTRIES) + " will host the talks, which are "
        + "expected to last " + (2 + s.nextInt(3)) + " days.");
    facts.add("About " + (20 + s.nextInt(30)) + " delegations have confirmed attendance, organizers said on "
        + weekday(day) + ".");
    return facts;
  }
}
