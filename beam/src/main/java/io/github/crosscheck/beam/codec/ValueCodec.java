package io.github.crosscheck.beam.codec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A compact binary form of the library's immutable values (documents, claims and everything they
 * hold), so they can cross a Beam shuffle without being {@code java.io.Serializable}. It walks a
 * value by its record components (or, for a final non-record class, its fields) and rebuilds it
 * through the canonical constructor, so every compact-constructor check runs again on decode.
 *
 * <p>Leaves are strings (lossless, unpaired surrogates included), boxed primitives,
 * {@code BigDecimal}, enums, {@code Optional}, lists, sets (sorted sets by natural order only) and
 * maps (decoded as Guava immutable collections) and the {@code java.time} values the library uses.
 * Only classes under {@value #TRUSTED} (and JDK enums) are rebuilt, so a decoded stream can never
 * instantiate anything else. A value of any other type fails loudly with its class name.
 * Stateless and thread-safe; each {@link #encode} call is self-contained.
 */
public final class ValueCodec {
  /** The package prefix of the classes this codec rebuilds reflectively. */
  public static final String TRUSTED = "io.github.crosscheck.";

  private ValueCodec() {}

  /** Writes {@code value} to {@code out}. */
  public static void encode(Object value, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    new CodecWriter(data).write(value);
    data.flush();
  }

  /** Reads one value written by {@link #encode}. */
  public static Object decode(InputStream in) throws IOException {
    return new CodecReader(new DataInputStream(in)).read();
  }
}
