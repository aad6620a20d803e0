package io.github.crosscheck.core.normalize;

/**
 * Which occurrence of a recurring date ("March", "Easter", "the 21st") the text means: the one in
 * the reference's own year ({@code THIS}), the first strictly after the reference ({@code NEXT}),
 * the last strictly before it ({@code LAST}), the first not yet over ({@code COMING}: "this coming
 * July") or the one the clause's tense points to ({@code TENSE}).
 */
enum Pick {
  THIS,
  NEXT,
  LAST,
  COMING,
  TENSE
}
