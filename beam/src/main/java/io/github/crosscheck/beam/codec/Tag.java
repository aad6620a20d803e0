package io.github.crosscheck.beam.codec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** The tags of the encoded form; their order is the wire format, so new tags go at the end. */
enum Tag {
  NULL, UTF8, UTF16, INT, LONG, BOOLEAN, DOUBLE, BIG_DECIMAL, ENUM, EMPTY, PRESENT, LIST, SET, SORTED_SET, MAP,
  LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, ZONE, PERIOD, DURATION, INSTANT, OBJECT, CHAR;

  /** Whether a class may be named in a stream: the library's own classes and java.time's enums. */
  static boolean trusted(String className) {
    return className.startsWith(ValueCodec.TRUSTED) || className.startsWith("java.time.");
  }

  static void writeVarInt(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int readVarInt(DataInputStream in) throws IOException {
    int result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      result |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IOException("malformed variable-length integer");
  }
}
