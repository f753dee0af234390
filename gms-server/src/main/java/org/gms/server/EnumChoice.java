package org.gms.server;

import java.util.Arrays;
import java.util.Locale;

/** Reads a choice from a request ("rare_disease", "Mother", "sample received") into its enum. */
public final class EnumChoice {

  private EnumChoice() {}

  /**
   * The constant named by the value, ignoring case and reading spaces and hyphens as underscores.
   *
   * @throws GmsException naming the field and the allowed values when nothing matches
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      throw new GmsException(field + " is required: one of " + allowed(type) + ".");
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new GmsException(field + " '" + value + "' is not one of " + allowed(type) + ".");
    }
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .toList()
        .toString();
  }
}
