package io.github.crosscheck.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream on {@code \n} (dropping a preceding {@code \r}), keeping at most
 * {@code maxBytes} of any line in memory; the rest of an over-long line is skipped and the line is
 * flagged, so one hostile line cannot exhaust the heap.
 */
final class BoundedLineReader {
  private final InputStream in;
  private final int maxBytes;
  private boolean truncated;

  BoundedLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line's bytes, or {@code null} at the end of the stream. */
  byte[] next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    truncated = false;
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      if (line.size() < maxBytes) {
        line.write(b);
      } else {
        truncated = true;
      }
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, length - 1);
    }
    return bytes;
  }

  /** Whether the line last returned was longer than the limit (and is therefore incomplete). */
  boolean lastLineTruncated() {
    return truncated;
  }
}
