package org.gms.server.web;

import java.util.regex.Pattern;
import org.gms.server.GmsException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Says what is wrong with a request body that could not be read, and where: the line and column of
 * malformed JSON, or the field whose value does not fit, with the reason; no class names.
 */
final class JsonBodyErrors {

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

  /** The reason, from a validating constructor if one refused the value, else from the parser. */
  private static String reason(JacksonException json) {
    for (Throwable t = json.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if ((t instanceof IllegalArgumentException || t instanceof GmsException)
          && t.getMessage() != null) {
        return strip(t.getMessage());
      }
    }
    String original = json.getOriginalMessage() == null ? "unreadable" : json.getOriginalMessage();
    return strip(QUALIFIED.matcher(original).replaceAll("`$1`"));
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
