package io.github.crosscheck.core.normalize;

/**
 * Which way the tense of a clause points from the reference time: {@code PAST} ("spoke on
 * Friday"), {@code FUTURE} ("takes effect on Sunday") or {@code NONE} when the clause has no cue.
 */
enum Direction {
  PAST,
  FUTURE,
  NONE
}
