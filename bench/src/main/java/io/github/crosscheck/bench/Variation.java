package io.github.crosscheck.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a fixture text into the {@code r}-th variant of itself, so that a corpus built by
 * repeating the fixtures is not the same few kilobytes over and over: amounts of three or more
 * digits get another leading digit (years, days and small counts are kept, so dates stay valid),
 * and the invented names of the fixtures get a suffix. Variant 0 is the text itself.
 * Deterministic and pure.
 */
final class Variation {
  /**
   * The leading digit of an amount of three or more digits ("600,000", "1,200", "10000") that is
   * not a year 1900–2099 (a year keeps dates resolvable).
   */
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\d,.])(?!(?:19|20)\\d\\d(?!\\d))([1-9])(?=\\d{2}|,\\d{3})");
  /**
   * The invented people, companies and places of the fixture stories (see the fixtures' README), and
   * a word of each institution they name: every name that ties articles into a story, so that
   * variants tell stories of their own, as articles about different events do.
   */
  private static final Pattern SURNAME = Pattern.compile(
      "\\b(Santana|Tessier|Petrovic|Mbala|Malek|Horvat|Valente|Ramcharan|Greaves|Whitcomb|Okafor|Calder|Veltmann"
          + "|Mizuno|Donnelly|Lindqvist|Harrow|Halifax|Dalisay|Arlen|Dunmore|Sierra|Alba|Kessel|Electoral|Irrigation"
          + "|Department)\\b");
  private static final List<String> SUFFIXES = List.of("ar", "elo", "inski", "ova", "uri", "ando", "ek", "holm", "ton");

  private Variation() {}

  /** The {@code r}-th variant: numbers and names changed. */
  static String of(String text, int r) {
    return r == 0 ? text : names(numbers(text, r), r);
  }

  /** The {@code r}-th variant with the names kept, so the documents still tell one story. */
  static String numbersOnly(String text, int r) {
    return r == 0 ? text : numbers(text, r);
  }

  private static String numbers(String text, int r) {
    Matcher m = AMOUNT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      int digit = m.group(1).charAt(0) - '0';
      m.appendReplacement(out, Integer.toString(1 + (digit - 1 + r) % 9));
    }
    return m.appendTail(out).toString();
  }

  private static String names(String text, int r) {
    Matcher m = SURNAME.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, m.group(1) + suffix(r + m.group(1).length()));
    }
    return m.appendTail(out).toString();
  }

  /** A pronounceable, letters-only suffix that differs for every {@code n}: its digits in base 9, as syllables. */
  private static String suffix(int n) {
    StringBuilder suffix = new StringBuilder();
    for (int rest = n; rest > 0; rest /= SUFFIXES.size()) {
      suffix.append(SUFFIXES.get(rest % SUFFIXES.size()));
    }
    return suffix.toString();
  }
}
