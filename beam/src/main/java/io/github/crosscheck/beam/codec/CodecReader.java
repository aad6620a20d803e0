package io.github.crosscheck.beam.codec;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** Reads one value written by {@link CodecWriter}; refuses classes outside the trusted packages. */
final class CodecReader {
  private static final Tag[] TAGS = Tag.values();
  private final DataInputStream in;
  private final List<Class<?>> classes = new ArrayList<>();

  CodecReader(DataInputStream in) {
    this.in = in;
  }

  Object read() throws IOException {
    int ordinal = in.readUnsignedByte();
    if (ordinal >= TAGS.length) {
      throw new IOException("unknown tag " + ordinal);
    }
    Tag tag = TAGS[ordinal];
    return switch (tag) {
      case NULL -> null;
      case UTF8, UTF16 -> string(tag);
      case INT -> in.readInt();
      case LONG -> in.readLong();
      case BOOLEAN -> in.readBoolean();
      case DOUBLE -> in.readDouble();
      case CHAR -> in.readChar();
      case BIG_DECIMAL -> bigDecimal();
      case ENUM -> type().getEnumConstants()[Tag.readVarInt(in)];
      case EMPTY -> Optional.empty();
      case PRESENT -> Optional.of(read());
      case LIST -> ImmutableList.copyOf(elements());
      case SET -> ImmutableSet.copyOf(elements());
      case SORTED_SET -> sortedSet(elements());
      case MAP -> map();
      case LOCAL_DATE -> LocalDate.ofEpochDay(in.readLong());
      case LOCAL_TIME -> LocalTime.ofNanoOfDay(in.readLong());
      case LOCAL_DATE_TIME -> LocalDateTime.of(LocalDate.ofEpochDay(in.readLong()), LocalTime.ofNanoOfDay(in.readLong()));
      case ZONE -> ZoneId.of(string(TAGS[in.readUnsignedByte()]));
      case PERIOD -> Period.of(in.readInt(), in.readInt(), in.readInt());
      case DURATION -> Duration.ofSeconds(in.readLong(), in.readInt());
      case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
      case OBJECT -> object();
    };
  }

  private BigDecimal bigDecimal() throws IOException {
    byte[] unscaled = new byte[Tag.readVarInt(in)];
    in.readFully(unscaled);
    return new BigDecimal(new BigInteger(unscaled), in.readInt());
  }

  private List<Object> elements() throws IOException {
    int size = Tag.readVarInt(in);
    List<Object> elements = new ArrayList<>(Math.min(size, 1024));
    for (int i = 0; i < size; i++) {
      elements.add(read());
    }
    return elements;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableSortedSet<?> sortedSet(List<Object> elements) {
    return ImmutableSortedSet.copyOf((Iterable) elements);
  }

  private ImmutableMap<Object, Object> map() throws IOException {
    int size = Tag.readVarInt(in);
    ImmutableMap.Builder<Object, Object> map = ImmutableMap.builder();
    for (int i = 0; i < size; i++) {
      map.put(read(), read());
    }
    return map.buildOrThrow();
  }

  private Object object() throws IOException {
    Shape shape = Shape.of(type());
    Object[] parts = new Object[shape.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = read();
    }
    return shape.build(parts);
  }

  private String string(Tag tag) throws IOException {
    int length = Tag.readVarInt(in);
    if (tag == Tag.UTF8) {
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (tag != Tag.UTF16) {
      throw new IOException("expected a string, found " + tag);
    }
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = in.readChar();
    }
    return new String(chars);
  }

  private Class<?> type() throws IOException {
    int index = Tag.readVarInt(in);
    if (index < classes.size()) {
      return classes.get(index);
    }
    if (index != classes.size()) {
      throw new IOException("class reference " + index + " out of order");
    }
    String name = string(TAGS[in.readUnsignedByte()]);
    if (!Tag.trusted(name)) {
      throw new IOException("refusing to rebuild untrusted class " + name);
    }
    try {
      Class<?> type = Class.forName(name, false, CodecReader.class.getClassLoader());
      classes.add(type);
      return type;
    } catch (ClassNotFoundException e) {
      throw new IOException("unknown class " + name, e);
    }
  }
}
