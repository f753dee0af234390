package org.gms.genomics.variant;

import java.util.Locale;

/**
 * One {@code ##INFO} or {@code ##FORMAT} header definition.
 *
 * @param id the key used in records (for example {@code DP})
 * @param number the VCF Number: an integer, {@code A}, {@code R}, {@code G} or {@code .}
 * @param type Integer, Float, Flag, Character or String
 * @param description free text, unquoted
 */
public record VcfFieldDefinition(String id, String number, String type, String description) {

  public VcfFieldDefinition {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A VCF field definition needs an ID");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c <= ' ' || c == ';' || c == '=' || c == ',' || c == ':') {
        throw new IllegalArgumentException("A VCF field ID cannot contain '" + c + "': " + id);
      }
    }
    number = number == null || number.isBlank() ? "." : number;
    type = type == null || type.isBlank() ? "String" : type;
    description = description == null ? "" : description;
  }

  /**
   * The header line, for example {@code ##INFO=<ID=DP,Number=1,Type=Integer,Description="...">}.
   */
  public String headerLine(String kind) {
    String escaped = description.replace("\\", "\\\\").replace("\"", "\\\"");
    return "##"
        + kind.toUpperCase(Locale.ROOT)
        + "=<ID="
        + id
        + ",Number="
        + number
        + ",Type="
        + type
        + ",Description=\""
        + escaped
        + "\">";
  }
}
