package org.gms.server.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The kind of JSON value a Java type is read from, in the words of someone writing the JSON ("true
 * or false", "a whole number", "text", "a list"), never a Java type's name.
 */
final class JsonKinds {

  private JsonKinds() {}

  /** What a field of this type expects, e.g. "true or false" for {@code Boolean}. */
  static String expected(Class<?> type) {
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == byte.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == Byte.class
        || type == BigInteger.class) {
      return "a whole number";
    }
    if (type == double.class
        || type == float.class
        || Number.class.isAssignableFrom(type)
        || type == BigDecimal.class) {
      return "a number";
    }
    if (type == char.class || type == Character.class) {
      return "a single character";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == LocalDate.class) {
      return "a date as text (YYYY-MM-DD)";
    }
    if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
      return "a date and time as text (e.g. 2026-12-07T09:30:00Z)";
    }
    if (type == UUID.class) {
      return "an identifier as text (a UUID)";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> "\"" + ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT) + "\"")
              .collect(Collectors.joining(", "));
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list ([...])";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
      return "an object ({...})";
    }
    return "another kind of value";
  }

  /** A value that came, e.g. "the number 3" or "true". */
  static String describe(Object value) {
    if (value instanceof Number number) {
      return "the number " + number;
    }
    if (value instanceof Boolean bool) {
      return bool.toString();
    }
    return "a value of another kind";
  }
}
