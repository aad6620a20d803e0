package io.github.crosscheck.core.nlp;

import io.github.crosscheck.core.text.SeenLately;
import java.util.Arrays;
import java.util.List;
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
  /** Pieces remembered for each of the four; a power of two. */
  private static final int SLOTS = 1024;
  /** The four pieces, by index: the text before the end ({@code x}), the word before it, the text after, the word after. */
  private static final char[] KINDS = {'x', 'v', 's', 'n'};
  private static final int PREFIX = 0;
  private static final int PREVIOUS = 1;
  private static final int SUFFIX = 2;
  private static final int NEXT = 3;
  private static final String[] CAPITAL = {"xcap", "vcap", "scap", "ncap"};
  private static final String[] ABBREVIATION = {"xabbrev", "vabbrev", "sabbrev", "nabbrev"};
  private static final String[] LENGTHS = new String[64];

  static {
    Arrays.setAll(LENGTHS, Integer::toString);
  }

  private final Set<String> abbreviations;
  private final char[] endCharacters;
  private final String[] endFeatures = new String[128];
  /** For each piece ({@link #KINDS}), its feature by the piece's text. */
  private final List<SeenLately<String>> pieces = List.of(new SeenLately<>(SLOTS), new SeenLately<>(SLOTS),
      new SeenLately<>(SLOTS), new SeenLately<>(SLOTS));
  private final FeatureArrays arrays = new FeatureArrays();
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
    piece(PREFIX, text, prefixStart, position, end);
    piece(PREVIOUS, text, previousStart, prefixStart, end);
    piece(SUFFIX, text, last ? 0 : position + 1, last ? 0 : suffixEnd, end);
    piece(NEXT, text, last ? 0 : suffixEnd + 1, last ? 0 : nextEnd, end);
    String[] context = arrays.of(count);
    System.arraycopy(features, 0, context, 0, count);
    return context;
  }

  /** The feature of {@code text[from, to)} trimmed, as {@code x=piece} (or {@code v=}, {@code s=}, {@code n=}), and its marks. */
  private void piece(int kind, CharSequence text, int from, int to, char end) {
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
    if (kind == PREFIX) {
      int length = stop - start;
      add(length < LENGTHS.length ? LENGTHS[length] : Integer.toString(length));
    }
    if (Character.isUpperCase(text.charAt(start))) {
      add(CAPITAL[kind]);
    }
    if (!abbreviations.isEmpty()) {
      String piece = text.subSequence(start, stop).toString();
      if (abbreviations.contains(kind == PREFIX ? piece + end : piece)) {
        add(ABBREVIATION[kind]);
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

  /** {@code KINDS[kind] + "=" + text[start, stop)}, from the table or made and put there. */
  private String feature(int kind, CharSequence text, int start, int stop) {
    SeenLately<String> table = pieces.get(kind);
    int slot = table.find(text, start, stop, false);
    if (slot >= 0) {
      return table.value(slot);
    }
    String piece = text.subSequence(start, stop).toString();
    String made = KINDS[kind] + "=" + piece;
    table.put(slot, piece, made);
    return made;
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
