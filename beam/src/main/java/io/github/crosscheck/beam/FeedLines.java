package io.github.crosscheck.beam;

import io.github.crosscheck.core.document.InputException;
import io.github.crosscheck.core.document.InputException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a JSON Lines feed as strict UTF-8 text, split on {@code \n} (a preceding {@code \r}
 * dropped), keeping at most {@code maxBytes} of a line in memory so one hostile line cannot exhaust
 * a worker's heap. An over-long or non-UTF-8 line is a typed {@link InputException} naming the feed
 * and line, and reading goes on with the next line. Mirrors the command line's feed reader, whose
 * line reader is not public. Not thread-safe: one per feed.
 */
final class FeedLines {
  private final InputStream in;
  private final String source;
  private final int maxBytes;
  private int number;

  FeedLines(InputStream in, String source, int maxBytes) {
    this.in = in;
    this.source = source;
    this.maxBytes = maxBytes;
  }

  /** The 1-based number of the line last returned. */
  int number() {
    return number;
  }

  /**
   * The next line, or {@code null} at the end of the feed.
   *
   * @throws InputException for a line that is too long or not UTF-8; the next call reads on
   */
  String next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean truncated = false;
    boolean any = false;
    for (int b; (b = in.read()) != -1; ) {
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
    number++;
    if (truncated) {
      throw InputException.at(Problem.TOO_LARGE, source, number, 0, "the line exceeds " + maxBytes + " bytes");
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return decode(bytes, length);
  }

  private String decode(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int skip = length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
        ? 3 : 0;
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, length - skip);
    CharBuffer output = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(input, output, true);
    if (result.isError()) {
      int column = output.position() + 1;
      throw InputException.at(Problem.INVALID_UTF8, source, number, column,
          "invalid UTF-8 at byte " + input.position() + " (character " + column + "); the input must be UTF-8 text");
    }
    output.flip();
    return output.toString();
  }
}
