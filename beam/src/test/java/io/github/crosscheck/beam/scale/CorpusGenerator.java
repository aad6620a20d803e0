package io.github.crosscheck.beam.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Writes a seeded corpus of JSON Lines feeds for the scaling measurement: stories of 3 to 5
 * articles recombining {@link StoryTemplates}, about a third of the articles with one planted
 * conflicting value, every story with fresh invented participants. The same arguments always give
 * the same bytes.
 *
 * <pre>{@code CorpusGenerator <directory> <documents> <seed> <feeds> [--no-story]}</pre>
 */
public final class CorpusGenerator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    int documents = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    int feeds = Integer.parseInt(args[3]);
    boolean stories = !(args.length > 4 && args[4].equals("--no-story"));
    Files.createDirectories(directory);
    List<BufferedWriter> writers = new ArrayList<>();
    for (int i = 0; i < feeds; i++) {
      writers.add(Files.newBufferedWriter(directory.resolve(String.format("feed-%03d.jsonl", i)), StandardCharsets.UTF_8));
    }
    SplittableRandom random = new SplittableRandom(seed);
    int written = 0;
    for (int story = 0; written < documents; story++) {
      SplittableRandom storyRandom = random.split();
      int articles = Math.min(3 + storyRandom.nextInt(3), documents - written);
      for (String line : story(story, articles, storyRandom, stories)) {
        writers.get(written % feeds).write(line);
        writers.get(written % feeds).newLine();
        written++;
      }
    }
    for (BufferedWriter writer : writers) {
      writer.close();
    }
    System.err.println("wrote " + written + " documents to " + feeds + " feeds in " + directory);
  }

  private static List<String> story(int number, int articles, SplittableRandom random, boolean withStory) {
    int kind = random.nextInt(5);
    LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
    long storySeed = random.nextLong();
    String headline = StoryTemplates.headline(kind, random.split());
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      SplittableRandom article = random.split();
      boolean conflict = article.nextInt(3) == 0;
      // The same story seed gives every article the same participants and values.
      List<String> facts = new ArrayList<>(StoryTemplates.facts(kind, new SplittableRandom(storySeed), article, day,
          conflict));
      Collections.shuffle(facts, new Random(article.nextLong()));
      List<String> body = new ArrayList<>(facts.subList(0, Math.min(facts.size(), 3 + article.nextInt(3))));
      for (int f = 0; f < 3 + article.nextInt(4); f++) {
        body.add(1 + article.nextInt(body.size()), Vocabulary.pick(article, Vocabulary.FILLER));
      }
      String text = headline + "\n\n" + String.join("\n\n", body) + "\n";
      lines.add(line(number, a, article, day, text, withStory));
    }
    return lines;
  }

  private static String line(int story, int article, SplittableRandom random, LocalDate day, String text,
      boolean withStory) {
    ObjectNode node = JSON.createObjectNode();
    String storyId = String.format("s%06d", story);
    node.put("id", withStory ? (char) ('a' + article) + ".txt" : storyId + "-" + (char) ('a' + article) + ".txt");
    node.put("outlet", Vocabulary.pick(random, Vocabulary.OUTLETS));
    switch (random.nextInt(4)) {
      case 0 -> node.put("published", day.toString());
      case 1 -> node.put("published", day + "T" + String.format("%02d:%02d:00-05:00", 6 + random.nextInt(14),
          random.nextInt(60)));
      case 2 -> node.put("published", day.plusDays(random.nextInt(2)) + "T09:30:00Z");
      default -> { } // unknown publication time
    }
    node.put("text", text);
    if (withStory) {
      node.put("story", storyId);
    }
    return node.toString();
  }
}
