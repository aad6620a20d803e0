package io.github.crosscheck.core.nlp;

import java.util.Arrays;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.util.StringUtil;

/**
 * The features the sentence model reads at a possible sentence end, exactly as OpenNLP's {@link
 * DefaultSDContextGenerator} makes them and in its order: whitespace either side, the end character,
 * the text before it back to the previous end character or space ({@code x=}), with its length,
 * capital and abbreviation marks, the word before that ({@code v=}), the text after it ({@code s=})
 * and the word after that ({@code n=}), each with its marks.
 *
 * <p>The four pieces of text are read in place, and each feature string is remembered for the
 * pieces seen lately, in a fixed table (a new piece takes the slot of an older one): the default
 * generator makes eight or more strings at every period and comma-free full stop of the text, most
 * of them the same few words again. Answers never depend on what the table holds; a test compares
 * the two generators on random text. The array returned is handed out again by a later call with
 * as many features, which {@code SentenceDetectorME} (it evaluates each at once) allows. Mutable and
 * not thread-safe: one per detector, and so per thread.
 */
final class SentenceFeatures implements SDContextGenerator {
  /** Slots in the table of features; a power of two. */
  private static final int SLOTS = 2048;
  /** How many slots after its own a feature may be found in. */
  private static final int PROBES = 4;
  private static final String[] LENGTHS = new String[64];

  static {
    Arrays.setAll(LENGTHS, Integer::toString);
  }

  private final Set<String> abbreviations;
  private final char[] endCharacters;
  private final String[] endFeatures = new String[128];
  private final String[] table = new String[SLOTS];
  private final String[][] buffers = new String[20][];
  private final String[] features = new String[20];
  private int count;

  SentenceFeatures(Set<String> abbreviations, char[] endCharacters) {
    this.abbreviations = Set.copyOf(abbreviations);
    this.endCharacters = endCharacters.clone();
  }

  @Override
  public String[] getContext(CharSequence text, int position) {
    count = 0;
    int lastIndex = text.length() - 1;
    if (position > 0 && StringUtil.isWhitespace(text.charAt(position - 1))) {
      add("sp");
    }
    if (position < lastIndex && StringUtil.isWhitespace(text.charAt(position + 1))) {
      add("sn");
    }
    char end = text.charAt(position);
    add(endFeature(end));
    int prefixStart = previousSpace(text, position);
    for (int c = position - 1; c > prefixStart; c--) {
      if (isEnd(text.charAt(c))) {
        prefixStart = c;
        break;
      }
    }
    int previousStart = previousSpace(text, prefixStart);
    int suffixEnd = nextSpace(text, position, lastIndex);
    for (int c = position + 1; c < suffixEnd; c++) {
      if (isEnd(text.charAt(c))) {
        suffixEnd = c;
        break;
      }
    }
    int nextEnd = nextSpace(text, suffixEnd + 1, lastIndex + 1);
    boolean last = position == lastIndex;
    piece('x', text, prefixStart, position, end);
    piece('v', text, previousStart, prefixStart, end);
    piece('s', text, last ? 0 : position + 1, last ? 0 : suffixEnd, end);
    piece('n', text, last ? 0 : suffixEnd + 1, last ? 0 : nextEnd, end);
    String[] context = buffer(count);
    System.arraycopy(features, 0, context, 0, count);
    return context;
  }

  /** The feature of {@code text[from, to)} trimmed, as {@code kind=piece}, and its marks. */
  private void piece(char kind, CharSequence text, int from, int to, char end) {
    int start = from;
    int stop = to;
    // As String.trim: every character up to the space.
    while (start < stop && text.charAt(start) <= ' ') {
      start++;
    }
    while (stop > start && text.charAt(stop - 1) <= ' ') {
      stop--;
    }
    add(feature(kind, text, start, stop));
    if (start == stop) {
      return;
    }
    if (kind == 'x') {
      int length = stop - start;
      add(length < LENGTHS.length ? LENGTHS[length] : Integer.toString(length));
    }
    if (Character.isUpperCase(text.charAt(start))) {
      add(kind + "cap");
    }
    if (!abbreviations.isEmpty()) {
      String piece = text.subSequence(start, stop).toString();
      if (abbreviations.contains(kind == 'x' ? piece + end : piece)) {
        add(kind + "abbrev");
      }
    }
  }

  private void add(String feature) {
    features[count++] = feature;
  }

  private String endFeature(char end) {
    if (end >= endFeatures.length) {
      return "eos=" + escape(end);
    }
    String feature = endFeatures[end];
    if (feature == null) {
      feature = "eos=" + escape(end);
      endFeatures[end] = feature;
    }
    return feature;
  }

  private static String escape(char c) {
    return c == '\n' ? "<LF>" : c == '\r' ? "<CR>" : String.valueOf(c);
  }

  /** {@code kind + "=" + text[start, stop)}, from the table or made and put there. */
  private String feature(char kind, CharSequence text, int start, int stop) {
    // As String.hashCode of the feature: kind, '=', then the piece.
    int hash = 31 * kind + '=';
    for (int i = start; i < stop; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int home = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    int free = home;
    for (int p = 0; p < PROBES; p++) {
      int slot = (home + p) & (SLOTS - 1);
      String known = table[slot];
      if (known == null) {
        free = slot;
        break;
      }
      if (known.hashCode() == hash && matches(known, kind, text, start, stop)) {
        return known;
      }
    }
    String made = kind + "=" + text.subSequence(start, stop);
    table[free] = made;
    return made;
  }

  private static boolean matches(String known, char kind, CharSequence text, int start, int stop) {
    if (known.length() != stop - start + 2 || known.charAt(0) != kind || known.charAt(1) != '=') {
      return false;
    }
    for (int i = start; i < stop; i++) {
      if (known.charAt(i - start + 2) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String[] buffer(int length) {
    String[] buffer = buffers[length];
    if (buffer == null) {
      buffer = new String[length];
      buffers[length] = buffer;
    }
    return buffer;
  }

  private boolean isEnd(char c) {
    for (char end : endCharacters) {
      if (c == end) {
        return true;
      }
    }
    return false;
  }

  /** The start of the whitespace before {@code seek}'s word (0 if none), as the default generator finds it. */
  private static int previousSpace(CharSequence text, int seek) {
    do {
      seek--;
    } while (seek > 0 && !StringUtil.isWhitespace(text.charAt(seek)));
    if (seek > 0 && StringUtil.isWhitespace(text.charAt(seek))) {
      while (seek > 0 && StringUtil.isWhitespace(text.charAt(seek - 1))) {
        seek--;
      }
      return seek;
    }
    return 0;
  }

  /** The last whitespace of the first run of it after {@code seek}, or {@code lastIndex}, as the default generator finds it. */
  private static int nextSpace(CharSequence text, int seek, int lastIndex) {
    seek++;
    while (seek < lastIndex) {
      if (StringUtil.isWhitespace(text.charAt(seek))) {
        while (text.length() > seek + 1 && StringUtil.isWhitespace(text.charAt(seek + 1))) {
          seek++;
        }
        return seek;
      }
      seek++;
    }
    return lastIndex;
  }
}
