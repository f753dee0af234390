package org.gms.genomics.cancer.trial;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric condition as CTML writes it: {@code >=18}, {@code <40}, {@code ==40}; a bare number
 * means at least that.
 */
public record Comparison(String operator, double value) {

  private static final Pattern FORM =
      Pattern.compile("\\s*(>=|<=|==|=|>|<)?\\s*(\\d+(\\.\\d+)?)\\s*");

  public Comparison {
    Objects.requireNonNull(operator, "operator");
    if (!java.util.Set.of(">=", "<=", "==", ">", "<").contains(operator)) {
      throw new IllegalArgumentException("Unknown comparison " + operator);
    }
  }

  /** Parses {@code >=18}; empty when the text is not such a condition. */
  public static java.util.Optional<Comparison> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    String op = m.group(1) == null ? ">=" : m.group(1).equals("=") ? "==" : m.group(1);
    return java.util.Optional.of(new Comparison(op, Double.parseDouble(m.group(2))));
  }

  public boolean test(double x) {
    return switch (operator) {
      case ">=" -> x >= value;
      case "<=" -> x <= value;
      case ">" -> x > value;
      case "<" -> x < value;
      default -> x == value;
    };
  }

  @Override
  public String toString() {
    return operator + (value == Math.rint(value) ? String.valueOf((long) value) : value);
  }
}
