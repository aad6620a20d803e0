package io.github.crosscheck.bench;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.claim.Attribution;
import io.github.crosscheck.core.claim.Claim;
import io.github.crosscheck.core.claim.ClaimKind;
import io.github.crosscheck.core.claim.Entity;
import io.github.crosscheck.core.claim.EntityType;
import io.github.crosscheck.core.claim.Evidence;
import io.github.crosscheck.core.claim.Modality;
import io.github.crosscheck.core.claim.Recency;
import io.github.crosscheck.core.claim.Subject;
import io.github.crosscheck.core.document.Document;
import io.github.crosscheck.core.document.PublicationTime;
import io.github.crosscheck.core.normalize.ClockTimeValue;
import io.github.crosscheck.core.normalize.DatePart;
import io.github.crosscheck.core.normalize.DateValue;
import io.github.crosscheck.core.normalize.DurationValue;
import io.github.crosscheck.core.normalize.Granularity;
import io.github.crosscheck.core.normalize.Modifier;
import io.github.crosscheck.core.normalize.MoneyValue;
import io.github.crosscheck.core.normalize.NormalizedValue;
import io.github.crosscheck.core.normalize.NumberValue;
import io.github.crosscheck.core.normalize.PercentUnit;
import io.github.crosscheck.core.normalize.PercentValue;
import io.github.crosscheck.core.text.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded synthetic input for the rule engine alone: {@code n} claims as if extracted from many
 * four-article stories, ten claims per article. Kinds follow the fixtures' gold mix; predicates come
 * from the extractor's own vocabularies (events, deadlines, measured and counted nouns) plus
 * "unspecified @offset" predicates as the extractor makes them; participants are the story's own
 * people and organizations, so there are as many subjects as stories. Values mostly agree within a
 * story, and one in ten
 * disagrees, so the rules have findings to make. The same {@code n} and seed give the same claims.
 */
final class ClaimGenerator {
  static final int CLAIMS_PER_DOCUMENT = 10;
  static final int DOCUMENTS_PER_STORY = 4;
  private static final String VOCABULARY = "/io/github/crosscheck/core/claim/";
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");

  private final Random random;
  private final List<String> events = column(VOCABULARY + "events.tsv", 1);
  private final List<String> deadlines = column(VOCABULARY + "deadlines.tsv", 1);
  private final List<String> measured = column(VOCABULARY + "measured-nouns.tsv", 1);
  private final List<String> counted = column(VOCABULARY + "counted-nouns.tsv", 1);

  /** What one generation produced: the documents (without text) and their claims. */
  record Input(ImmutableList<Document> documents, ImmutableList<Claim> claims) {}

  /** One generated document (without text) and its claims. */
  record Article(Document document, ImmutableList<Claim> claims) {}

  private int documentsMade;
  private StoryFacts story;

  ClaimGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} claims, ten per document: the documents {@link #next} makes, the last one cut short. */
  Input generate(int n) {
    List<Document> documents = new ArrayList<>();
    List<Claim> claims = new ArrayList<>(n);
    while (claims.size() < n) {
      Article article = next(Math.min(CLAIMS_PER_DOCUMENT, n - claims.size()));
      documents.add(article.document());
      claims.addAll(article.claims());
    }
    return new Input(ImmutableList.copyOf(documents), ImmutableList.copyOf(claims));
  }

  /** The next document of the stream, with ten claims; a new story every four documents. */
  Article next() {
    return next(CLAIMS_PER_DOCUMENT);
  }

  private Article next(int claimCount) {
    int d = documentsMade++;
    if (d % DOCUMENTS_PER_STORY == 0) {
      story = new StoryFacts(d / DOCUMENTS_PER_STORY);
    }
    String id = "s" + story.index + "/" + (char) ('a' + d % DOCUMENTS_PER_STORY) + ".txt";
    PublicationTime published = PublicationTime.ofDate(story.day.plusDays(random.nextInt(2)));
    ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    int offset = 0;
    for (int c = 0; c < claimCount; c++) {
      Claim claim = claim(story, id, published, offset);
      claims.add(claim);
      offset = claim.evidence().sentenceSpan().end() + 1;
    }
    return new Article(Document.of(id, published, ""), claims.build());
  }

  /** One story's day, people and agreed values. */
  private final class StoryFacts {
    final int index;
    final LocalDate day;
    final List<Entity> cast = new ArrayList<>();
    final long seed;

    StoryFacts(int index) {
      this.index = index;
      this.day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
      this.seed = random.nextLong();
      String family = "Vel" + Integer.toString(index, 26).replace('0', 'x');
      cast.add(new Entity("Ana " + family + "ova", EntityType.PERSON));
      cast.add(new Entity("Rui " + family + "ar", EntityType.PERSON));
      cast.add(new Entity(family + " Holdings", EntityType.ORGANIZATION));
    }

    /** The story's agreed figure for a predicate, the same for every claim about it. */
    long agreed(String predicate, int bound) {
      return 1 + Math.floorMod(seed * 31 + predicate.hashCode(), bound);
    }
  }

  private Claim claim(StoryFacts story, String documentId, PublicationTime published, int offset) {
    ClaimKind kind = kind();
    String predicate = predicate(kind, offset);
    boolean disagrees = random.nextInt(10) == 0;
    NormalizedValue value = value(kind, story, predicate, disagrees);
    Optional<Recency> recency = recency(kind, value);
    String quote = kind.id() + " " + value.canonical().orElse("?");
    TextSpan span = new TextSpan(offset + 10, offset + 10 + quote.length());
    String sentence = "The text: " + quote + ".";
    Evidence evidence = new Evidence(documentId, span, quote, new TextSpan(offset, offset + sentence.length()), sentence);
    return new Claim(Claim.idOf(evidence, kind), kind, Subject.of(predicate, participants(story)), value, recency,
        attribution(), evidence, Optional.of(published));
  }

  /** The fixtures' gold mix: dates 30 %, deadlines 10 %, counts 20 %, rates 15 %, money 10 %, clock 7 %, recency 6 %, contact 2 %. */
  private ClaimKind kind() {
    int p = random.nextInt(100);
    return p < 30 ? ClaimKind.EVENT_DATE : p < 40 ? ClaimKind.DEADLINE : p < 60 ? ClaimKind.COUNT
        : p < 75 ? ClaimKind.RATE : p < 85 ? ClaimKind.MONEY : p < 92 ? ClaimKind.CLOCK_TIME
        : p < 98 ? ClaimKind.RECENCY : ClaimKind.CONTACT;
  }

  private String predicate(ClaimKind kind, int offset) {
    if (kind != ClaimKind.EVENT_DATE && kind != ClaimKind.DEADLINE && random.nextInt(3) == 0) {
      return kind.id() + " (unspecified @" + offset + ")";
    }
    return switch (kind) {
      case EVENT_DATE, CLOCK_TIME, RECENCY -> pick(events);
      case DEADLINE -> pick(deadlines);
      case COUNT -> pick(counted);
      case RATE, MONEY -> pick(measured);
      case CONTACT -> "contact";
    };
  }

  private NormalizedValue value(ClaimKind kind, StoryFacts story, String predicate, boolean disagrees) {
    long agreed = story.agreed(predicate, 1000) + (disagrees ? 1 + random.nextInt(50) : 0);
    LocalDate day = story.day.minusDays(agreed % 5);
    return switch (kind) {
      case EVENT_DATE -> random.nextInt(8) == 0
          ? new DateValue(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), Granularity.MONTH,
              DatePart.WHOLE, Modifier.EXACT)
          : DateValue.day(day);
      case DEADLINE -> byDay(story.day.plusDays(agreed % 60));
      case COUNT -> NumberValue.of(BigDecimal.valueOf(agreed * 100), modifier());
      case RATE -> new PercentValue(NumberValue.of(BigDecimal.valueOf(agreed % 100), modifier()), PercentUnit.PERCENT);
      case MONEY -> new MoneyValue("USD", NumberValue.of(BigDecimal.valueOf(agreed * 1_000_000), modifier()));
      case CLOCK_TIME -> new ClockTimeValue(LocalTime.of((int) (agreed % 24), 0),
          Optional.of(random.nextBoolean() ? EASTERN : ZoneOffset.UTC), Optional.of(story.day), Modifier.EXACT);
      case RECENCY -> new DurationValue(Period.ofYears(1 + (int) (agreed % 6)), Duration.ZERO, Modifier.EXACT);
      case CONTACT -> new DateValue(LocalDate.of(2020 + (int) (agreed % 4), 1, 1), LocalDate.of(2020 + (int) (agreed % 4), 12, 31),
          Granularity.YEAR, DatePart.WHOLE, Modifier.SINCE);
    };
  }

  private static DateValue byDay(LocalDate day) {
    return new DateValue(day, day, Granularity.DAY, DatePart.WHOLE, Modifier.BY);
  }

  private static Optional<Recency> recency(ClaimKind kind, NormalizedValue value) {
    if (value instanceof DurationValue gap) {
      return Optional.of(new Recency(1, Optional.of(gap), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty()));
    }
    if (kind == ClaimKind.CONTACT) {
      return Optional.of(new Recency(1, Optional.empty(), Optional.of(value), Optional.empty(), Optional.empty(),
          Optional.empty()));
    }
    return Optional.empty();
  }

  private Modifier modifier() {
    int p = random.nextInt(10);
    return p < 6 ? Modifier.EXACT : p < 8 ? Modifier.APPROXIMATE : p < 9 ? Modifier.MORE_THAN : Modifier.NEARLY;
  }

  /**
   * One or two of the story's own people and organizations. Every claim names someone, so claims of
   * different stories never share a subject; claims naming nobody (45 % in the fixtures) would all
   * be one subject per predicate across every story, and so would claims sharing a country.
   */
  private List<Entity> participants(StoryFacts story) {
    List<Entity> result = new ArrayList<>();
    result.add(pick(story.cast));
    if (random.nextInt(100) < 25) {
      result.add(pick(story.cast));
    }
    return result;
  }

  private Attribution attribution() {
    int p = random.nextInt(100);
    return p < 60 ? Attribution.asserted() : p < 90 ? Attribution.of(Modality.REPORTED)
        : p < 95 ? new Attribution(Modality.QUOTED, Optional.of("a spokesperson")) : Attribution.of(Modality.PLANNED);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The distinct values of one tab-separated column of a bundled vocabulary. */
  private static List<String> column(String resource, int index) {
    return lines(resource).stream().map(l -> l.split("\t")).filter(f -> f.length > index)
        .map(f -> f[index].strip()).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static List<String> lines(String resource) {
    try (InputStream in = ClaimGenerator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary " + resource + " is not on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
