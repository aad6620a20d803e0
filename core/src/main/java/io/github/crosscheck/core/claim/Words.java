package io.github.crosscheck.core.claim;

import com.google.common.collect.ImmutableList;
import io.github.crosscheck.core.text.TextSpan;

/**
 * Splits a region of text into {@link Word}s in linear time (a pass to count them, one to make
 * them). Punctuation between words is dropped; a word never spans a line break. Used instead of the
 * statistical tokenizer on the hot path because the extractor needs only word shapes, and it keeps
 * possessives apart. The words are views of the text: nothing is copied until a finder reads one.
 */
final class Words {
  private Words() {}

  /**
   * Whether the words from {@code at} on spell the phrase (lower-case words), the first word being
   * already known to match: phrase tables are looked up by their first word.
   */
  static boolean continuePhrase(java.util.List<Word> words, int at, java.util.List<String> phrase) {
    if (at + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.size(); k++) {
      if (!words.get(at + k).is(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The words of the region, as a list of their own. */
  static ImmutableList<Word> scan(String text, TextSpan region) {
    // Counted first, so the list's array is made once at its size: neither grown nor trimmed by a copy.
    ImmutableList.Builder<Word> words = ImmutableList.builderWithExpectedSize(split(text, region, null));
    split(text, region, (start, end, possessive) -> words.add(Word.of(text, start, end, possessive)));
    return words.build();
  }

  /** Receives the words of a region, in order, as offsets into the text. */
  interface Sink {
    /** The word at {@code [start, end)}; {@code possessive} when a possessive ending follows it. */
    void accept(int start, int end, boolean possessive);
  }

  /** Splits the region into words, handing them to {@code into} unless null; their number. */
  static int split(String text, TextSpan region, Sink into) {
    int count = 0;
    int i = region.start();
    int end = region.end();
    while (i < end) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int last = i;
      while (i < end) {
        int d = text.codePointAt(i);
        if (Character.isLetterOrDigit(d)) {
          i += Character.charCount(d);
          last = i;
        } else if (isJoiner(d) && i + 1 < end && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
          i += Character.charCount(d);
        } else if (d == '.' && isInitialism(text, start, i)) {
          i++;
          last = i;
        } else {
          break;
        }
      }
      if (into != null) {
        boolean possessive = last - start > 2 && isPossessive(text, last);
        into.accept(start, possessive ? last - 2 : last, possessive);
      }
      count++;
      i = Math.max(i, last);
    }
    return count;
  }

  /** Whether the text before {@code end} is a possessive ending: 's, ’s, 'S or ’S. */
  private static boolean isPossessive(String text, int end) {
    char apostrophe = text.charAt(end - 2);
    char s = text.charAt(end - 1);
    return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S');
  }

  private static boolean isJoiner(int c) {
    return c == '-' || c == '\'' || c == '’' || c == '\u2011' || c == '.' || c == '&';
  }

  /** Whether the period at {@code at} closes an initialism such as "U.S." or "a.m.". */
  private static boolean isInitialism(String text, int start, int at) {
    // Single letters separated by periods: the character before the period is a letter whose
    // predecessor is the word start or a period.
    int letter = at - 1;
    if (letter < start || !Character.isLetter(text.charAt(letter))) {
      return false;
    }
    return letter == start || text.charAt(letter - 1) == '.';
  }
}
