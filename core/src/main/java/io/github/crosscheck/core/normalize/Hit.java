package io.github.crosscheck.core.normalize;

/** A value read from tokens, and the index of the first token after it. */
record Hit<T>(T value, int end) {}
