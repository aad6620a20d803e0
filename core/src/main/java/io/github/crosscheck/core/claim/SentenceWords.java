package io.github.crosscheck.core.claim;

import io.github.crosscheck.core.text.TextSpan;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The words of the sentence an extraction is reading, in {@link Word} objects that are reused for
 * the next sentence: an extraction reads every sentence's words, and made anew they were its largest
 * single allocation (a quarter of the text's size in words, several times that in bytes). The list
 * holds what {@link Words#scan} gives for the same region.
 *
 * <p>The list and its words are valid until the next {@link #read}: nothing may keep a word, a
 * sub-list or an iterator beyond its sentence (claims keep offsets and strings, never words). A
 * sub-list or iterator used after the next read fails fast, as for a changed list. Each thread has
 * one list ({@link #take}); a nested extraction on the same thread gets a list of its own.
 */
final class SentenceWords extends AbstractList<Word> implements RandomAccess, Words.Sink {
  private static final ThreadLocal<SentenceWords> LOCAL = ThreadLocal.withInitial(SentenceWords::new);

  private Word[] words = new Word[64];
  private int size;
  private String text;
  private boolean taken;

  private SentenceWords() {}

  /** This thread's list, or a new one when the thread's is taken; {@link #release} it when done. */
  static SentenceWords take() {
    SentenceWords local = LOCAL.get();
    SentenceWords list = local.taken ? new SentenceWords() : local;
    list.taken = true;
    return list;
  }

  /** Gives the list back to its thread; its words stay valid until it is taken and read again. */
  void release() {
    taken = false;
  }

  /** Makes this the list of the words of {@code text} in {@code region}. */
  SentenceWords read(String text, TextSpan region) {
    this.text = text;
    size = 0;
    modCount++;
    Words.split(text, region, this);
    return this;
  }

  /** Takes the next word of the region being read (from {@link Words#split}). */
  @Override
  public void accept(int start, int end, boolean possessive) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
    }
    Word word = words[size];
    if (word == null) {
      words[size] = Word.of(text, start, end, possessive);
    } else {
      word.set(text, start, end, possessive);
    }
    size++;
  }

  @Override
  public Word get(int index) {
    return words[Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }
}
