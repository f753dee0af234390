package org.gms.server.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gms.server.GmsException;

/**
 * The patient's ethnic category as the NHS Data Dictionary codes it (ETHNIC CATEGORY, the 2001
 * Census classification): A to S, Z "not stated" (the patient was asked and chose not to say) and
 * 99 "not known" (the patient was not asked or could not say). Written and read as its code.
 */
public enum EthnicCategory {
  A("A", "White - British"),
  B("B", "White - Irish"),
  C("C", "White - Any other White background"),
  D("D", "Mixed - White and Black Caribbean"),
  E("E", "Mixed - White and Black African"),
  F("F", "Mixed - White and Asian"),
  G("G", "Mixed - Any other mixed background"),
  H("H", "Asian or Asian British - Indian"),
  J("J", "Asian or Asian British - Pakistani"),
  K("K", "Asian or Asian British - Bangladeshi"),
  L("L", "Asian or Asian British - Any other Asian background"),
  M("M", "Black or Black British - Caribbean"),
  N("N", "Black or Black British - African"),
  P("P", "Black or Black British - Any other Black background"),
  R("R", "Other Ethnic Groups - Chinese"),
  S("S", "Other Ethnic Groups - Any other ethnic group"),
  Z("Z", "Not stated"),
  NOT_KNOWN("99", "Not known");

  private final String code;
  private final String label;

  EthnicCategory(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The NHS Data Dictionary code: A to S, Z or 99. */
  @JsonValue
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /**
   * Reads a code ({@code A}, {@code z}, {@code 99}); anything else is a user error naming the
   * field.
   */
  public static EthnicCategory parse(String text, String field) {
    String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (EthnicCategory c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new GmsException(
        field
            + " '"
            + text
            + "' is not an NHS Data Dictionary ethnic category code: use one of "
            + Arrays.stream(values()).map(EthnicCategory::code).collect(Collectors.joining(", "))
            + " (Z: not stated, 99: not known), or leave it out.");
  }
}
