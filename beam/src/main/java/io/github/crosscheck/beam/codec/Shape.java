package io.github.crosscheck.beam.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one value class is taken apart and rebuilt: a record by its components and canonical
 * constructor (so decoding re-runs the compact constructor's validation); any other final class by
 * its instance fields in declaration order and the constructor whose parameters are exactly those
 * fields' types. A class that fits neither cannot be encoded, and says so. Cached per class;
 * thread-safe.
 */
final class Shape {
  private static final Map<Class<?>, Shape> CACHE = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final List<Getter> getters;
  private final Constructor<?> constructor;

  private interface Getter {
    Object get(Object target) throws ReflectiveOperationException;
  }

  private Shape(Class<?> type, List<Getter> getters, Constructor<?> constructor) {
    this.type = type;
    this.getters = getters;
    this.constructor = constructor;
  }

  static Shape of(Class<?> type) {
    return CACHE.computeIfAbsent(type, Shape::inspect);
  }

  private static Shape inspect(Class<?> type) {
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      List<Getter> getters = new ArrayList<>();
      for (RecordComponent component : components) {
        var accessor = component.getAccessor();
        accessor.setAccessible(true);
        getters.add(accessor::invoke);
      }
      Class<?>[] parameters = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return new Shape(type, getters, constructor(type, parameters));
    }
    if (!Modifier.isFinal(type.getModifiers())) {
      throw new IllegalArgumentException("cannot encode " + type.getName() + ": neither a record nor a final class");
    }
    List<Field> fields = Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .toList();
    List<Getter> getters = new ArrayList<>();
    for (Field field : fields) {
      field.setAccessible(true);
      getters.add(field::get);
    }
    Class<?>[] parameters = fields.stream().map(Field::getType).toArray(Class<?>[]::new);
    return new Shape(type, getters, constructor(type, parameters));
  }

  private static Constructor<?> constructor(Class<?> type, Class<?>[] parameters) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameters);
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("cannot encode " + type.getName()
          + ": no constructor taking its fields " + Arrays.toString(parameters), e);
    }
  }

  /** The component (or field) values of {@code value}, in constructor order. */
  Object[] parts(Object value) {
    Object[] parts = new Object[getters.size()];
    try {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = getters.get(i).get(value);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the parts of a " + type.getName(), e);
    }
    return parts;
  }

  int size() {
    return getters.size();
  }

  /** A new instance from its parts; the class's own validation runs. */
  Object build(Object[] parts) {
    try {
      return constructor.newInstance(parts);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("cannot rebuild a " + type.getName() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild a " + type.getName(), e);
    }
  }
}
