package org.gms.server.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.server.GmsException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body that could not be read, and where: the line and column of
 * malformed JSON, or the field whose value does not fit, with the reason; no class names.
 */
final class JsonBodyErrors {

  private static final Pattern FROM =
      Pattern.compile("from (Array|Object|String|Integer|Floating-point|Boolean|Null)\\b");
  private static final Pattern QUALIFIED = Pattern.compile("`(?:[a-z_$][\\w$]*\\.)+([\\w$]+)`");
  private static final Pattern JAVA_NOISE =
      Pattern.compile(
          "(?s)\\s*(?:\\(through reference chain.*|\\n at \\[Source.*|; line: \\d+, column: \\d+.*)$");

  private JsonBodyErrors() {}

  static String describe(HttpMessageNotReadableException e) {
    JacksonException json = find(e, JacksonException.class);
    if (json == null) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.startsWith("Required request body is missing")) {
        return "The request has no body; send the JSON object the operation expects.";
      }
      return "The request body could not be read as JSON; send a JSON object.";
    }
    StringBuilder where = new StringBuilder();
    String field = path(json);
    if (!field.isEmpty()) {
      where.append("field '").append(field).append("'");
    }
    TokenStreamLocation location = json.getLocation();
    if (location != null && location.getLineNr() > 0) {
      if (!where.isEmpty()) {
        where.append(", ");
      }
      where
          .append("line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr());
    }
    return "The JSON body is not valid"
        + (where.isEmpty() ? "" : " at " + where)
        + ": "
        + reason(json)
        + ". Correct it and send the request again.";
  }

  /**
   * The field whose value could not be read (e.g. {@code family[0].affected}), or null when the
   * body is not JSON at all or the error is not about one field.
   */
  static String field(HttpMessageNotReadableException e) {
    JacksonException json = find(e, JacksonException.class);
    String field = json == null ? "" : path(json);
    return field.isEmpty() ? null : field;
  }

  /**
   * The reason: from a validating constructor if one refused the value; for a value of the wrong
   * kind, what was expected and what came, in JSON's words ("expected true or false, found the text
   * "maybe""); else from the parser.
   */
  private static String reason(JacksonException json) {
    for (Throwable t = json.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if ((t instanceof IllegalArgumentException || t instanceof GmsException)
          && t.getMessage() != null) {
        return strip(t.getMessage());
      }
    }
    if (json instanceof UnrecognizedPropertyException unknown) {
      return "there is no field '"
          + unknown.getPropertyName()
          + "' here; remove it or check its name";
    }
    if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String found = found(mismatch);
      return "expected "
          + JsonKinds.expected(mismatch.getTargetType())
          + (found == null ? "" : ", found " + found);
    }
    String original = json.getOriginalMessage() == null ? "unreadable" : json.getOriginalMessage();
    return strip(QUALIFIED.matcher(original).replaceAll("`$1`"));
  }

  /** What the body held where the mismatch is, in JSON's words; null when the message says not. */
  private static String found(MismatchedInputException mismatch) {
    if (mismatch instanceof InvalidFormatException format && format.getValue() != null) {
      Object value = format.getValue();
      return value instanceof String text
          ? "the text \"" + shorten(text) + "\""
          : JsonKinds.describe(value);
    }
    String message = mismatch.getOriginalMessage() == null ? "" : mismatch.getOriginalMessage();
    Matcher from = FROM.matcher(message);
    if (!from.find()) {
      return null;
    }
    return switch (from.group(1)) {
      case "Array" -> "a list";
      case "Object" -> "an object";
      case "String" -> "text";
      case "Integer", "Floating-point" -> "a number";
      case "Boolean" -> "true or false";
      case "Null" -> "null";
      default -> null;
    };
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static String strip(String message) {
    String shorter = JAVA_NOISE.matcher(message).replaceFirst("").strip();
    return shorter.endsWith(".") ? shorter.substring(0, shorter.length() - 1) : shorter;
  }

  private static String path(JacksonException json) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : json.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
