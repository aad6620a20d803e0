package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.crosscheck.core.text.TextSpan;
import io.github.crosscheck.core.text.WordSet;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the entities a sentence mentions: gazetteer names, capitalized names with their titles
 * ("Chinese President Xi Jinping"), surnames and given names of people named earlier, demonyms
 * ("Chinese imports"), and roles ("the president-elect", "China's leader") resolved against what the
 * document said before. Full names it meets are recorded in the {@link DocumentEntities}, so the
 * sentences of a document must be passed in order. Stateless apart from that context; thread-safe.
 */
final class EntityFinder {
  private static final WordSet FUNCTION_WORDS = WordSet.of(Lexicon.set("function-words.txt"));
  private static final WordSet ORGANIZATION_WORDS = WordSet.of(Lexicon.set("organization-words.txt"));
  private static final WordSet PLACE_WORDS = WordSet.of(Lexicon.set("place-words.txt"));
  private static final ImmutableList<String> TITLES = Lexicon.lines("titles.txt").stream()
      .sorted((a, b) -> Integer.compare(b.split(" ").length, a.split(" ").length))
      .collect(ImmutableList.toImmutableList());
  /** The titles split into words, by first word (and its form without a final period), longest first. */
  private static final ImmutableListMultimap<String, ImmutableList<String>> TITLES_BY_FIRST_WORD = indexTitles();

  /**
   * The first words of titles and their plurals: a word outside it starts no title, and is passed
   * over without copying it.
   */
  private static final WordSet TITLE_STARTS = WordSet.of(TITLES_BY_FIRST_WORD.keySet().stream()
      .flatMap(word -> java.util.stream.Stream.of(word, word + "s")).toList());

  private static ImmutableListMultimap<String, ImmutableList<String>> indexTitles() {
    ImmutableListMultimap.Builder<String, ImmutableList<String>> index = ImmutableListMultimap.builder();
    for (String title : TITLES) {
      ImmutableList<String> parts = ImmutableList.copyOf(title.split(" "));
      index.put(parts.get(0), parts);
      if (parts.get(0).endsWith(".")) {
        index.put(parts.get(0).substring(0, parts.get(0).length() - 1), parts);
      }
    }
    return index.build();
  }

  /** The mentions of one sentence, in text order. */
  ImmutableList<Mention> find(String text, List<Word> words, DocumentEntities context) {
    Scratch scratch = SCRATCH.get();
    List<Mention> mentions = scratch.mentions;
    mentions.clear();
    Optional<Entity> possessiveCountry = Optional.empty();
    int i = datelineEnd(text, words);
    while (i < words.size()) {
      Word word = words.get(i);
      int roleEnd = roleMention(text, words, i, context, mentions);
      if (roleEnd > i) {
        i = roleEnd;
        possessiveCountry = Optional.empty();
        continue;
      }
      if (!word.isCapitalized()) {
        i++;
        possessiveCountry = Optional.empty();
        continue;
      }
      int end = runEnd(text, words, i);
      Optional<Entity> country = name(text, scratch.run.over(words, i, end), i == 0, possessiveCountry, context, mentions);
      possessiveCountry = words.get(end - 1).possessive() ? country : Optional.empty();
      i = end;
    }
    for (int k = 0; k < mentions.size(); k++) {
      context.mentioned(mentions.get(k).entity());
    }
    ImmutableList<Mention> found = ImmutableList.copyOf(mentions);
    mentions.clear();
    scratch.run.over(List.of(), 0, 0); // keeps no sentence (nor its document) past the call
    return found;
  }

  /** Each thread's list for the mentions of the sentence being read and its view of a capitalized run: not one per sentence. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    final List<Mention> mentions = new ArrayList<>();
    final Run run = new Run();
  }

  /**
   * A dateline opens a news paragraph: "LISBON (Tagus Wire) —". Its city and outlet are not what the
   * sentence is about; the index of the first word after it (0 when there is none).
   */
  private static int datelineEnd(String text, List<Word> words) {
    if (words.isEmpty() || !isUpperCase(words.get(0))) {
      return 0;
    }
    int end = words.get(0).end();
    int limit = Math.min(text.length(), words.get(0).start() + 80);
    int k = end;
    while (k < limit && text.charAt(k) != '—' && text.charAt(k) != '–' && text.charAt(k) != '\n') {
      k++;
    }
    if (k >= limit || text.charAt(k) == '\n') {
      return 0;
    }
    int after = 0;
    while (after < words.size() && words.get(after).start() < k) {
      after++;
    }
    return after;
  }

  private static boolean isUpperCase(Word word) {
    if (word.length() <= 1) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The end (exclusive) of the run of capitalized words starting at {@code start}. */
  private static int runEnd(String text, List<Word> words, int start) {
    int end = start + 1;
    while (end < words.size() && !words.get(end - 1).possessive() && words.get(end).isCapitalized()
        && onlySpacesBetween(text, words.get(end - 1), words.get(end))) {
      end++;
    }
    return end;
  }

  private static boolean onlySpacesBetween(String text, Word left, Word right) {
    for (int k = left.end(); k < right.start(); k++) {
      if (!Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * Resolves one capitalized run: leading country words and titles, then a name. Adds the mentions
   * it finds and returns the country the run names, if it is one.
   */
  private Optional<Entity> name(String text, List<Word> run, boolean sentenceStart, Optional<Entity> ownerCountry,
      DocumentEntities context, List<Mention> mentions) {
    Gazetteer gazetteer = context.gazetteer();
    String runName = join(run);
    Optional<Entity> whole = gazetteer.lookup(runName);
    if (whole.isPresent() && whole.get().type() != EntityType.PERSON) {
      mentions.add(new Mention(span(run), whole.get()));
      return whole.filter(e -> e.type() == EntityType.COUNTRY);
    }
    int k = 0;
    Optional<Entity> country = ownerCountry;
    while (k < run.size()) {
      String word = run.get(k).text();
      Optional<Entity> nation = gazetteer.demonym(word);
      if (nation.isEmpty()) {
        nation = gazetteer.lookup(word).filter(e -> e.type() == EntityType.COUNTRY);
      }
      if (nation.isEmpty() || k + 1 >= run.size()) {
        break;
      }
      mentions.add(new Mention(run.get(k).span(), nation.get()));
      country = nation;
      k++;
    }
    // "Angolan President Joaquim Mbala": an unknown adjective of nationality before a title.
    for (int p = k + 1; p < run.size() - 1 && titleAt(run, k) == 0; p++) {
      if (titleAt(run, p) > 0 && run.subList(k, p).stream().allMatch(w -> isNationality(w.text()))) {
        k = p;
      }
    }
    Optional<String> title = Optional.empty();
    int titleWords = titleAt(run, k);
    if (titleWords > 0) {
      title = Optional.of(lowerJoin(run.subList(k, k + titleWords)));
      k += titleWords;
    }
    // "Centrist Irena Malek" at a sentence start: a capitalized adjective, not a first name.
    int firstName = sentenceStart && k == 0 && run.size() - k >= 3 && gazetteer.lookup(runName).isEmpty() ? 1 : 0;
    List<Word> nameWords = k + firstName == 0 ? run : run.subList(k + firstName, run.size());
    if (nameWords.isEmpty()) {
      title.flatMap(t -> context.byRole(t, Optional.empty())).ifPresent(p -> mentions.add(new Mention(span(run), p)));
      return Optional.empty();
    }
    String name = nameWords.size() == run.size() ? runName : join(nameWords); // joined once, asked thrice
    if (nameWords.size() > 1 && split(nameWords, name, context, mentions)) {
      return Optional.empty();
    }
    Optional<Entity> resolved = resolveName(nameWords, name, title, country, sentenceStart && k == 0, context);
    if (resolved.isPresent()) {
      Entity entity = resolved.get();
      mentions.add(new Mention(span(nameWords), entity));
      if (entity.type() == EntityType.PERSON && (nameWords.size() > 1 || title.isPresent())) {
        context.person(entity, title, country);
      }
    }
    return Optional.empty();
  }

  /**
   * A run of capitalized words that is not one known name but a sequence of known ones ("Trump Xi"
   * in a photo caption, "Discuss TikTok" in a headline): each known word is its own mention. Returns
   * whether the run was split; a run with an unknown word that is not a function word is a name.
   */
  private static boolean split(List<Word> run, String name, DocumentEntities context, List<Mention> mentions) {
    if (context.byFullName(name).isPresent() || context.gazetteer().lookup(name).isPresent()) {
      return false;
    }
    List<Mention> parts = new ArrayList<>();
    boolean unknown = false;
    for (int i = 0; i < run.size(); i++) {
      Word word = run.get(i);
      Optional<Entity> known = context.gazetteer().lookup(word.text());
      if (known.isEmpty()) {
        known = context.bySingleName(word.text());
      }
      if (known.isPresent()) {
        parts.add(new Mention(word.span(), known.get()));
      } else if (!word.in(FUNCTION_WORDS)) {
        unknown = true;
      }
    }
    boolean knownNonPerson = false;
    for (int i = 0; i < parts.size(); i++) {
      knownNonPerson |= parts.get(i).entity().type() != EntityType.PERSON;
    }
    if (parts.isEmpty() || unknown && !knownNonPerson) {
      return false;
    }
    mentions.addAll(parts);
    return true;
  }

  private Optional<Entity> resolveName(List<Word> nameWords, String name, Optional<String> title,
      Optional<Entity> country, boolean sentenceStart, DocumentEntities context) {
    Gazetteer gazetteer = context.gazetteer();
    if (nameWords.size() == 1) {
      Word only = nameWords.get(0);
      if (only.in(FUNCTION_WORDS)) {
        return Optional.empty();
      }
      Optional<Entity> known = gazetteer.lookup(name);
      if (known.isEmpty()) {
        known = context.bySingleName(name);
      }
      if (known.isPresent()) {
        return known;
      }
      if (title.isPresent() && isLetters(only.text())) {
        return Optional.of(new Entity(name, EntityType.PERSON));
      }
      return gazetteer.demonym(name);
    }
    Optional<Entity> known = context.byFullName(name);
    if (known.isEmpty()) {
      known = gazetteer.lookup(name);
    }
    if (known.isPresent()) {
      return known;
    }
    if (anyIn(nameWords, FUNCTION_WORDS) || !allLetters(nameWords)) {
      return sentenceStart ? Optional.empty() : Optional.of(new Entity(name, EntityType.UNKNOWN));
    }
    if (anyIn(nameWords, ORGANIZATION_WORDS)) {
      return Optional.of(new Entity(name, EntityType.ORGANIZATION));
    }
    if (title.isEmpty() && anyIn(nameWords, PLACE_WORDS)) {
      return Optional.of(new Entity(name, EntityType.PLACE));
    }
    if (title.isPresent() || nameWords.size() <= 3) {
      return Optional.of(new Entity(name, EntityType.PERSON));
    }
    return Optional.of(new Entity(name, EntityType.UNKNOWN));
  }

  /**
   * A role mention starting at {@code i}: "the president-elect", "the former president", "China's
   * leader", "the Chinese leader". Adds the resolved mention and returns the index after it, or
   * {@code i} when there is none.
   */
  private int roleMention(String text, List<Word> words, int i, DocumentEntities context, List<Mention> mentions) {
    Word first = words.get(i);
    Optional<Entity> country = Optional.empty();
    int k = i;
    if (first.is("the")) {
      k++;
      if (k < words.size()) {
        Optional<Entity> nation = context.gazetteer().demonym(words.get(k).text());
        if (nation.isPresent()) {
          country = nation;
          k++;
        }
      }
    } else if (first.possessive()) {
      country = context.gazetteer().lookup(first.text()).filter(e -> e.type() == EntityType.COUNTRY);
      if (country.isEmpty()) {
        return i;
      }
      k++;
    } else {
      return i;
    }
    int titleWords = titleAt(words, k);
    if (titleWords == 0) {
      return i;
    }
    int after = k + titleWords;
    if (words.get(after - 1).lower().endsWith("s") && !titleAtIsExact(words.get(after - 1).lower())) {
      return i; // "the leaders": several people, resolved by the event that names them
    }
    boolean beforeName = after < words.size() && words.get(after).isCapitalized()
        && onlySpacesBetween(text, words.get(after - 1), words.get(after));
    if (beforeName || words.get(after - 1).isCapitalized() && !first.possessive() && country.isEmpty()) {
      return i;
    }
    String title = lowerJoin(words.subList(k, after));
    Optional<Entity> person = context.byRole(title, country);
    if (person.isEmpty()) {
      return i;
    }
    mentions.add(new Mention(new TextSpan(first.start(), words.get(after - 1).end()), person.get()));
    return after;
  }

  /** How many words of a title start at {@code k} (0 when none). */
  private static int titleAt(List<Word> words, int k) {
    if (k >= words.size() || !words.get(k).in(TITLE_STARTS)) {
      return 0;
    }
    String first = words.get(k).lower();
    List<ImmutableList<String>> candidates = TITLES_BY_FIRST_WORD.get(first);
    if (candidates.isEmpty() && first.endsWith("s")) {
      candidates = TITLES_BY_FIRST_WORD.get(first.substring(0, first.length() - 1));
    }
    for (ImmutableList<String> parts : candidates) {
      if (k + parts.size() > words.size()) {
        continue;
      }
      boolean matches = true;
      for (int p = 0; p < parts.size() && matches; p++) {
        String word = words.get(k + p).lower();
        String part = parts.get(p);
        matches = word.equals(part) || isPartPlusOne(word, part, 's') || isPartPlusOne(part, word, '.');
      }
      if (matches) {
        return parts.size();
      }
    }
    return 0;
  }

  /** Whether {@code longer} is {@code shorter} followed by {@code last}, without building that string. */
  private static boolean isPartPlusOne(String longer, String shorter, char last) {
    return longer.length() == shorter.length() + 1 && longer.charAt(shorter.length()) == last
        && longer.startsWith(shorter);
  }

  /** A word shaped like an adjective of nationality ("Angolan", "Veskian", "Portuguese"). */
  private static boolean isNationality(String word) {
    return word.length() > 3 && (word.endsWith("an") || word.endsWith("ese") || word.endsWith("ish")
        || word.endsWith("i") || word.endsWith("ic"));
  }

  private static boolean titleAtIsExact(String word) {
    return TITLES.contains(word);
  }

  /** Whether some word's lower-case form is in {@code set}. */
  private static boolean anyIn(List<Word> words, WordSet set) {
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).in(set)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allLetters(List<Word> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!isLetters(words.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetters(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** The words' texts joined by single spaces; a single word's own text, not a copy. */
  private static String join(List<Word> words) {
    if (words.size() == 1) {
      return words.get(0).text();
    }
    if (singleSpaced(words)) {
      return words.get(0).textThrough(words.get(words.size() - 1)); // as written: one copy, no builder
    }
    StringBuilder joined = new StringBuilder();
    for (int k = 0; k < words.size(); k++) {
      if (k > 0) {
        joined.append(' ');
      }
      joined.append(words.get(k).text());
    }
    return joined.toString();
  }

  private static boolean singleSpaced(List<Word> words) {
    for (int k = 1; k < words.size(); k++) {
      if (!words.get(k - 1).spaceBefore(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static String lowerJoin(List<Word> words) {
    String joined = join(words).toLowerCase(Locale.ROOT);
    return joined.endsWith("s") && !joined.endsWith("ss") && TITLES.contains(joined.substring(0, joined.length() - 1))
        ? joined.substring(0, joined.length() - 1) : joined;
  }

  /**
   * The words {@code [from, to)} of a sentence, as {@code words.subList(from, to)} would give them,
   * moved to the next run rather than made anew: {@link #name} reads a run and keeps no list of it.
   */
  private static final class Run extends AbstractList<Word> implements RandomAccess {
    private List<Word> words = List.of();
    private int from;
    private int size;

    Run over(List<Word> sentence, int start, int end) {
      words = sentence;
      from = start;
      size = end - start;
      return this;
    }

    @Override
    public Word get(int index) {
      return words.get(from + Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
      return size;
    }
  }

  private static TextSpan span(List<Word> words) {
    return new TextSpan(words.get(0).start(), words.get(words.size() - 1).end());
  }
}
