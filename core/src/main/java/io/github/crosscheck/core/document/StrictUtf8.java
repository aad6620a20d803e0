package io.github.crosscheck.core.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 refusing malformed input, reporting where it broke. */
final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Decodes {@code bytes}; a leading byte-order mark is dropped.
   *
   * @throws InputException {@code INVALID_UTF8} naming the source, line and the character position
   */
  static String decode(byte[] bytes, String source, int line) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int skip = hasBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int byteOffset = in.position();
      int column = out.position() + 1;
      throw InputException.at(InputException.Problem.INVALID_UTF8, source, line, column,
          "invalid UTF-8 at byte " + byteOffset + " (character " + column + "); the input must be UTF-8 text");
    }
    decoder.flush(out); // UTF-8 keeps no state to flush; it cannot report an error here
    out.flip();
    return out.toString();
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
  }
}
