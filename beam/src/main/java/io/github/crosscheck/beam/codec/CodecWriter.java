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

/** Writes one value in {@link ValueCodec}'s form; classes are named once per stream, then by index. */
final class CodecWriter {
  private final DataOutputStream out;
  private final List<Class<?>> classes = new ArrayList<>();

  CodecWriter(DataOutputStream out) {
    this.out = out;
  }

  void write(Object value) throws IOException {
    if (value == null) {
      tag(Tag.NULL);
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Integer i) {
      tag(Tag.INT);
      out.writeInt(i);
    } else if (value instanceof Long l) {
      tag(Tag.LONG);
      out.writeLong(l);
    } else if (value instanceof Boolean b) {
      tag(Tag.BOOLEAN);
      out.writeBoolean(b);
    } else if (value instanceof Double d) {
      tag(Tag.DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof Character c) {
      tag(Tag.CHAR);
      out.writeChar(c);
    } else if (value instanceof BigDecimal d) {
      tag(Tag.BIG_DECIMAL);
      byte[] unscaled = d.unscaledValue().toByteArray();
      Tag.writeVarInt(out, unscaled.length);
      out.write(unscaled);
      out.writeInt(d.scale());
    } else if (value instanceof Enum<?> e) {
      if (!Tag.trusted(e.getDeclaringClass().getName())) {
        throw new IllegalArgumentException("cannot encode the enum " + e.getDeclaringClass().getName());
      }
      tag(Tag.ENUM);
      type(e.getDeclaringClass());
      Tag.writeVarInt(out, e.ordinal());
    } else if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        tag(Tag.EMPTY);
      } else {
        tag(Tag.PRESENT);
        write(o.get());
      }
    } else if (!time(value) && !collection(value)) {
      object(value);
    }
  }

  private boolean time(Object value) throws IOException {
    if (value instanceof LocalDate d) {
      tag(Tag.LOCAL_DATE);
      out.writeLong(d.toEpochDay());
    } else if (value instanceof LocalTime t) {
      tag(Tag.LOCAL_TIME);
      out.writeLong(t.toNanoOfDay());
    } else if (value instanceof LocalDateTime t) {
      tag(Tag.LOCAL_DATE_TIME);
      out.writeLong(t.toLocalDate().toEpochDay());
      out.writeLong(t.toLocalTime().toNanoOfDay());
    } else if (value instanceof ZoneId z) {
      tag(Tag.ZONE);
      string(z.getId());
    } else if (value instanceof Period p) {
      tag(Tag.PERIOD);
      out.writeInt(p.getYears());
      out.writeInt(p.getMonths());
      out.writeInt(p.getDays());
    } else if (value instanceof Duration d) {
      tag(Tag.DURATION);
      out.writeLong(d.getSeconds());
      out.writeInt(d.getNano());
    } else if (value instanceof Instant i) {
      tag(Tag.INSTANT);
      out.writeLong(i.getEpochSecond());
      out.writeInt(i.getNano());
    } else {
      return false;
    }
    return true;
  }

  private boolean collection(Object value) throws IOException {
    if (value instanceof List<?> list) {
      elements(Tag.LIST, list);
    } else if (value instanceof SortedSet<?> set) {
      Comparator<?> order = set.comparator();
      if (order != null && !order.equals(Ordering.natural())) {
        throw new IllegalArgumentException("cannot encode a sorted set ordered by " + order
            + "; only natural order is supported");
      }
      elements(Tag.SORTED_SET, set);
    } else if (value instanceof Set<?> set) {
      elements(Tag.SET, set);
    } else if (value instanceof Map<?, ?> map) {
      tag(Tag.MAP);
      Tag.writeVarInt(out, map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        write(entry.getKey());
        write(entry.getValue());
      }
    } else {
      return false;
    }
    return true;
  }

  private void elements(Tag tag, java.util.Collection<?> elements) throws IOException {
    tag(tag);
    Tag.writeVarInt(out, elements.size());
    for (Object element : elements) {
      write(element);
    }
  }

  private void object(Object value) throws IOException {
    Class<?> type = value.getClass();
    if (!type.getName().startsWith(ValueCodec.TRUSTED)) {
      throw new IllegalArgumentException("cannot encode a " + type.getName() + " (only " + ValueCodec.TRUSTED
          + "* values, their JDK and Guava leaves)");
    }
    Shape shape = Shape.of(type);
    tag(Tag.OBJECT);
    type(type);
    for (Object part : shape.parts(value)) {
      write(part);
    }
  }

  private void string(String s) throws IOException {
    // UTF-8 would replace an unpaired surrogate, and evidence quotes must survive unchanged.
    boolean wellFormed = s.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    if (wellFormed) {
      tag(Tag.UTF8);
      byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Tag.writeVarInt(out, bytes.length);
      out.write(bytes);
    } else {
      tag(Tag.UTF16);
      Tag.writeVarInt(out, s.length());
      out.writeChars(s);
    }
  }

  private void type(Class<?> type) throws IOException {
    int index = classes.indexOf(type);
    if (index >= 0) {
      Tag.writeVarInt(out, index);
      return;
    }
    Tag.writeVarInt(out, classes.size());
    classes.add(type);
    string(type.getName());
  }

  private void tag(Tag tag) throws IOException {
    out.writeByte(tag.ordinal());
  }
}
