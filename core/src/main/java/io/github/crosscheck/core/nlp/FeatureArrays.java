package io.github.crosscheck.core.nlp;

import java.util.Arrays;

/**
 * One array of features of each length, handed out again for the next context of that length: a
 * model reads a context while it is evaluated and keeps none, so a context needs no array of its own.
 * Mutable and not thread-safe: one per feature generator, and so per thread.
 */
final class FeatureArrays {
  private String[][] byLength = new String[32][];

  /** The array of {@code length}, as the last caller of that length left it. */
  String[] of(int length) {
    if (length >= byLength.length) {
      byLength = Arrays.copyOf(byLength, length * 2);
    }
    String[] array = byLength[length];
    if (array == null) {
      array = new String[length];
      byLength[length] = array;
    }
    return array;
  }
}
