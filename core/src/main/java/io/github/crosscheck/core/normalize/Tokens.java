package io.github.crosscheck.core.normalize;

import io.github.crosscheck.core.text.AsciiCase;
import io.github.crosscheck.core.text.TextPieces;
import io.github.crosscheck.core.text.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one region of a document: maximal runs of ASCII digits, maximal runs of letters,
 * and every other non-space character on its own. Each token keeps its offsets into the document,
 * its lower-cased text and whether whitespace precedes it, so grammars can tell "3h" from "3 h".
 * Built once per call in linear time; not shared between threads. A word's or number's text is
 * copied only when a grammar first reads it: most tokens start no expression, and the scanner asks
 * about them with {@link #in}, which copies nothing.
 */
final class Tokens {
  enum Type { WORD, DIGITS, SYMBOL }

  /** Longer words and digit runs keep no text: no lexicon entry or number is that long. */
  static final int MAX_WORD = 40;
  static final int MAX_DIGITS = 60;

  /** The document; for the thread's reused tokens, the one of the region being read (null between regions). */
  private String text;
  /** This thread's remembered strings of words, taken once per sentence. */
  private final TextPieces pieces = TextPieces.local();
  private int size;
  private int[] starts;
  private int[] ends;
  /**
   * Each token's type (its ordinal), in {@link #SPACED} whether whitespace precedes it, and in {@link
   * #ASCII} whether it is a word all in ASCII (known as it is split, so no test reads it twice for that).
   */
  private byte[] kinds;
  /** For an ASCII word, the hash of its lower case ({@link AsciiCase#foldedHash}): word lists and tests compare it first. */
  private int[] folded;
  private String[] lower;
  private Object[][] memo;
  /** The thread's spare arrays these tokens use, or null for arrays of their own. */
  private final Spare spare;
  private static final Type[] TYPES = Type.values();
  private static final int SPACED = 0x10;
  private static final int ASCII = 0x20;
  /** Memo tables, one per parser reading at a token (dates core and full, bare numerals, numbers, offsets, spelled cardinals). */
  private static final int MEMO_TABLES = 6;
  /** What a memo row holds for a reading that found nothing. */
  private static final Object NOTHING = new Object();
  /** The text of each one-character ASCII symbol, made once: most symbols are commas and periods. */
  private static final String[] ASCII_SYMBOLS = new String[128];

  static {
    for (char c = 0; c < ASCII_SYMBOLS.length; c++) {
      ASCII_SYMBOLS[c] = symbol(String.valueOf(c));
    }
  }

  private Tokens(String text, int capacity) {
    this.text = text;
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.kinds = new byte[capacity];
    this.folded = new int[capacity];
    this.lower = new String[capacity];
    this.spare = null;
  }

  /** The thread's tokens, one object for every region it reads: see {@link #reusing}. */
  private Tokens(Spare spare) {
    this.spare = spare;
  }

  /** Makes these the tokens of a new region of {@code text}, in the spare arrays. */
  private void take(String text) {
    this.text = text;
    this.size = 0;
    this.starts = spare.starts;
    this.ends = spare.ends;
    this.kinds = spare.kinds;
    this.folded = spare.folded;
    this.lower = spare.lower;
    this.memo = spare.memo;
  }

  /** Tokenizes {@code text[from, to)}. */
  static Tokens of(String text, int from, int to) {
    // Counted first, so the arrays are made once at their size: a second pass costs less than growing them.
    Tokens tokens = new Tokens(text, Math.max(1, split(text, from, to, null)));
    split(text, from, to, tokens);
    return tokens;
  }

  /**
   * Tokenizes {@code text[from, to)} into this thread's spare arrays, to be {@linkplain #release()
   * released} once the region is read: a region's tokens live only while it is normalized, and the
   * tokens object, its arrays and memo rows of one sentence then serve the next. A region asked for
   * while another is held (none is, today) gets tokens and arrays of its own.
   */
  static Tokens reusing(String text, int from, int to) {
    Spare spare = SPARE.get();
    if (spare.busy) {
      return of(text, from, to);
    }
    if (spare.tokens == null) {
      spare.tokens = new Tokens(spare);
    }
    Tokens tokens = spare.tokens;
    tokens.take(text);
    split(text, from, to, tokens);
    spare.busy = true;
    return tokens;
  }

  /**
   * Gives this thread's spare arrays back, cleared, keeping them if not too large; the tokens must not
   * be read after. Does nothing for tokens made by {@link #of}.
   */
  void release() {
    if (spare == null) {
      return;
    }
    // The memo rows are cleared for the next region; the lower-case entries need not be, as splitting
    // the next region sets each of its tokens' entries again.
    if (memo != null) {
      for (Object[] row : memo) {
        if (row != null) {
          Arrays.fill(row, 0, Math.min(row.length, size + 1), null);
        }
      }
    }
    if (starts.length <= Spare.KEPT) {
      spare.starts = starts;
      spare.ends = ends;
      spare.kinds = kinds;
      spare.folded = folded;
      spare.lower = lower;
      spare.memo = memo;
    } else {
      // Grown past what is kept: the thread starts again from small arrays.
      spare.starts = new int[Spare.FIRST];
      spare.ends = new int[Spare.FIRST];
      spare.kinds = new byte[Spare.FIRST];
      spare.folded = new int[Spare.FIRST];
      spare.lower = new String[Spare.FIRST];
      spare.memo = null;
    }
    spare.chosen = emptied(spare.chosen);
    spare.proposed = emptied(spare.proposed);
    spare.widened = emptied(spare.widened);
    spare.found = emptied(spare.found);
    text = null; // the thread keeps no document past its region
    spare.busy = false;
  }

  /** {@code list} cleared, or a new one where it grew past what is kept. */
  private static <T> ArrayList<T> emptied(ArrayList<T> list) {
    if (list.size() > Spare.KEPT) {
      return new ArrayList<>();
    }
    list.clear();
    return list;
  }

  /**
   * Empty working lists for reading this region: the candidates the scanner chose, those proposed at
   * one token, those after a modifier, and the expressions found. While these tokens hold the
   * thread's spare arrays they are its spare lists, valid until {@link #release()}; else new ones.
   */
  List<Candidate> chosenList() {
    return spare == null ? new ArrayList<>() : spare.chosen;
  }

  /** See {@link #chosenList()}; emptied by the caller before each token. */
  List<Candidate> proposedList() {
    return spare == null ? new ArrayList<>() : spare.proposed;
  }

  /** See {@link #chosenList()}; emptied by the caller before each use. */
  List<Candidate> widenedList() {
    return spare == null ? new ArrayList<>() : spare.widened;
  }

  /** See {@link #chosenList()}. */
  List<Expression> foundList() {
    return spare == null ? new ArrayList<>() : spare.found;
  }

  /** One thread's arrays for the tokens of the region being normalized, and its memo rows. */
  private static final class Spare {
    /** Arrays for more tokens than this are not kept (a whole long document normalized at once). */
    static final int KEPT = 2_048;
    static final int FIRST = 64;
    int[] starts = new int[FIRST];
    int[] ends = new int[FIRST];
    byte[] kinds = new byte[FIRST];
    int[] folded = new int[FIRST];
    String[] lower = new String[FIRST];
    Object[][] memo;
    /** The one tokens object that reads this thread's regions, made at the first. */
    Tokens tokens;
    ArrayList<Candidate> chosen = new ArrayList<>();
    ArrayList<Candidate> proposed = new ArrayList<>();
    ArrayList<Candidate> widened = new ArrayList<>();
    ArrayList<Expression> found = new ArrayList<>();
    boolean busy;
  }

  private static final ThreadLocal<Spare> SPARE = ThreadLocal.withInitial(Spare::new);

  /** Splits {@code text[from, to)} into tokens, adding them to {@code into} unless null; their number. */
  private static int split(String text, int from, int to, Tokens into) {
    int count = 0;
    int p = from;
    boolean space = true;
    while (p < to) {
      int cp = text.codePointAt(p);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        p += width;
        continue;
      }
      int end;
      Type type;
      if (cp >= '0' && cp <= '9') {
        end = p + 1;
        while (end < to && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        type = Type.DIGITS;
      } else if (Character.isLetter(cp)) {
        end = p + width;
        while (end < to && Character.isLetter(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        type = Type.WORD;
      } else {
        end = p + width;
        type = Type.SYMBOL;
      }
      if (into != null) {
        into.add(p, Math.min(end, to), type, space);
      }
      count++;
      space = false;
      p = end;
    }
    return count;
  }

  private void add(int start, int end, Type type, boolean space) {
    if (size == starts.length) {
      int capacity = Math.max(16, size * 2);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      folded = Arrays.copyOf(folded, capacity);
      lower = Arrays.copyOf(lower, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    boolean ascii = type == Type.WORD && AsciiCase.isAscii(text, start, end);
    kinds[size] = (byte) (type.ordinal() | (space ? SPACED : 0) | (ascii ? ASCII : 0));
    folded[size] = ascii ? AsciiCase.foldedHash(text, start, end) : 0;
    lower[size] = type == Type.SYMBOL ? textOf(start, end, type) : null;
    size++;
  }

  private String textOf(int start, int end, Type type) {
    int length = end - start;
    return switch (type) {
      case WORD -> length > MAX_WORD ? "" : pieces.lower(text, start, end);
      case DIGITS -> length > MAX_DIGITS ? "" : pieces.exact(text, start, end);
      case SYMBOL -> length == 1 && text.charAt(start) < ASCII_SYMBOLS.length ? ASCII_SYMBOLS[text.charAt(start)]
          : symbol(text.substring(start, end));
    };
  }

  /** Typographic variants read as their ASCII forms. */
  private static String symbol(String s) {
    return switch (s) {
      case "\u2019", "\u2018", "\u02bc", "`", "\u00b4" -> "'";
      case "\u2212", "\u2010", "\u2011" -> "-";
      case "\uff04" -> "$";
      default -> s;
    };
  }

  /** A parser's reading at a token; a static method reference, so asking allocates no lambda. */
  interface Reading<T> {
    T at(Tokens tokens, int i);
  }

  /** The value {@code compute} gives for ({@code table}, {@code i}), computed once per call. */
  @SuppressWarnings("unchecked")
  <T> T memo(int table, int i, Reading<T> compute) {
    if (i < 0 || i > size) {
      return compute.at(this, i);
    }
    if (memo == null) {
      memo = new Object[MEMO_TABLES][];
    }
    Object[] row = memo[table];
    if (row == null || row.length < size + 1) {
      // A spare row may be longer than this region needs; only its first size + 1 slots are read.
      row = new Object[Math.max(size + 1, spare == null ? 0 : Math.min(starts.length + 1, Spare.KEPT + 1))];
      memo[table] = row;
    }
    Object v = row[i];
    if (v == null) {
      v = compute.at(this, i);
      row[i] = v == null ? NOTHING : v;
    }
    return v == NOTHING ? null : (T) v;
  }

  private Type type(int i) {
    return TYPES[kinds[i] & (SPACED - 1)];
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** The lower-cased text of token {@code i}, or "" past the end (or for an over-long token). */
  String w(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    if (lower[i] == null) {
      lower[i] = (kinds[i] & ASCII) != 0 && ends[i] - starts[i] <= MAX_WORD
          ? pieces.lowerAscii(text, starts[i], ends[i], folded[i]) : textOf(starts[i], ends[i], type(i));
    }
    return lower[i];
  }

  /** Whether {@code words} holds {@code w(i)}, without copying a word not yet read. */
  boolean in(int i, WordSet words) {
    if (unreadAsciiWord(i)) {
      return words.containsFolded(text, starts[i], ends[i], folded[i]);
    }
    if (i >= 0 && i < size && lower[i] == null && type(i) == Type.WORD && ends[i] - starts[i] <= MAX_WORD) {
      return words.contains(text, starts[i], ends[i]);
    }
    return words.contains(w(i));
  }

  boolean is(int i, String s) {
    if (unreadAsciiWord(i)) {
      return folded[i] == s.hashCode() && ends[i] - starts[i] == s.length()
          && AsciiCase.regionEquals(text, starts[i], s);
    }
    return w(i).equals(s);
  }

  /** Whether {@code w(i)} is at least {@code minLength} long and ends with {@code suffix}. */
  boolean endsWith(int i, String suffix, int minLength) {
    if (unreadAsciiWord(i)) {
      int length = ends[i] - starts[i];
      return length >= minLength && length >= suffix.length()
          && AsciiCase.regionEquals(text, ends[i] - suffix.length(), suffix);
    }
    String w = w(i);
    return w.length() >= minLength && w.endsWith(suffix);
  }

  /**
   * Whether token {@code i} is a word of ASCII letters whose text was not read yet: its lower case
   * is its letters folded one by one, so it can be compared in place.
   */
  private boolean unreadAsciiWord(int i) {
    return i >= 0 && i < size && lower[i] == null && type(i) == Type.WORD && ends[i] - starts[i] <= MAX_WORD
        && (kinds[i] & ASCII) != 0;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type(i) == Type.WORD;
  }

  /** Whether token {@code i} is a digit run short enough to be read ({@value #MAX_DIGITS} digits at most). */
  boolean isDigits(int i) {
    return i >= 0 && i < size && type(i) == Type.DIGITS && ends[i] - starts[i] <= MAX_DIGITS;
  }

  boolean isSymbol(int i) {
    return i >= 0 && i < size && type(i) == Type.SYMBOL;
  }

  /** Whether token {@code i} exists and follows its predecessor with no whitespace between. */
  boolean tight(int i) {
    return i > 0 && i < size && (kinds[i] & SPACED) == 0;
  }

  /** Whether token {@code i} starts with an upper-case letter. */
  boolean capitalized(int i) {
    return isWord(i) && Character.isUpperCase(text.codePointAt(starts[i]));
  }

  /** Whether token {@code i} is written all in upper case. */
  boolean upperCase(int i) {
    if (!isWord(i)) {
      return false;
    }
    if (AsciiCase.isAscii(text, starts[i], ends[i])) {
      for (int k = starts[i]; k < ends[i]; k++) {
        if (text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
          return false;
        }
      }
      return true;
    }
    String raw = text.substring(starts[i], ends[i]);
    return raw.equals(raw.toUpperCase(Locale.ROOT));
  }


  /** The original characters of tokens {@code [from, to)}. */
  String raw(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }
}
