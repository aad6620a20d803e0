package io.github.crosscheck.beam.codec;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A Beam coder for one of the library's value types, in {@link ValueCodec}'s form. Not
 * deterministic (it is never used for keys: keys are strings). The coder itself is serializable:
 * it holds only the class.
 *
 * @param <T> the value type, a record (or final class) under {@value ValueCodec#TRUSTED}
 */
public final class ValueCoder<T> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;

  private ValueCoder(Class<T> type) {
    this.type = requireNonNull(type, "type");
  }

  public static <T> ValueCoder<T> of(Class<T> type) {
    return new ValueCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    requireNonNull(value, () -> "cannot encode a null " + type.getSimpleName());
    try {
      ValueCodec.encode(value, out);
    } catch (IllegalArgumentException e) {
      throw new CoderException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public T decode(InputStream in) throws IOException {
    Object value;
    try {
      value = ValueCodec.decode(in);
    } catch (IllegalArgumentException e) {
      throw new CoderException("cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
    if (!type.isInstance(value)) {
      throw new CoderException("expected a " + type.getName() + ", decoded "
          + (value == null ? "null" : value.getClass().getName()));
    }
    return type.cast(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValueCoder<?> coder && coder.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "ValueCoder<" + type.getSimpleName() + ">";
  }
}
