package io.github.crosscheck.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines feed as strict UTF-8 text, split on {@code \n} (a preceding {@code \r}
 * dropped, a leading byte-order mark too). At most a bounded number of bytes of any line is kept in
 * memory — enough for the longest document the {@link LoadLimits} allow, JSON-escaped — so that one
 * hostile line cannot exhaust the heap. An over-long or non-UTF-8 line is an {@link InputException}
 * naming the feed and the line, and the next call reads on. {@link JsonLinesFeedReader} reads feeds
 * with it; so can a pipeline that parses lines itself. Not thread-safe: one per feed.
 */
public final class FeedLines {
  private final InputStream in;
  private final String source;
  private final LoadLimits limits;
  private final int maxBytes;
  private int number;

  /** Reads {@code in}, named {@code source} in errors; buffer the stream, since it is read a byte at a time. */
  public FeedLines(InputStream in, String source, LoadLimits limits) {
    this.in = in;
    this.source = source;
    this.limits = limits;
    // JSON escapes can take six bytes a character (\\uXXXX); leave room for the other fields.
    this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, 6L * limits.maxDocumentChars() + 65_536);
  }

  /** The 1-based number of the line last returned or refused. */
  public int number() {
    return number;
  }

  /**
   * The next line, or {@code null} at the end of the feed.
   *
   * @throws InputException {@code TOO_LARGE} or {@code INVALID_UTF8} for this line; the next call reads on
   */
  public String next() throws IOException {
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
      throw InputException.at(InputException.Problem.TOO_LARGE, source, number, 0,
          "the line exceeds the limit of " + limits.maxDocumentChars() + " characters of text");
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return StrictUtf8.decode(bytes, source, number);
  }
}
