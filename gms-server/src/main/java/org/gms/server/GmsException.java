package org.gms.server;

/**
 * The root of every error the server reports to a user. The message says what was wrong, where and
 * what to do; it is shown to the user as is, so it never carries internals.
 */
public class GmsException extends RuntimeException {

  /** What kind of failure it is, with the HTTP status the web layer answers it with. */
  public enum Kind {
    INVALID_INPUT(400),
    NOT_FOUND(404),
    CONFLICT(409),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    PAYLOAD_TOO_LARGE(413),
    TOO_MANY_REQUESTS(429);

    private final int httpStatus;

    Kind(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    public int httpStatus() {
      return httpStatus;
    }
  }

  private final Kind kind;
  private final String field;

  public GmsException(String message) {
    this(Kind.INVALID_INPUT, message);
  }

  private GmsException(Kind kind, String message, String field) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  /**
   * Invalid input in one field of the request (its JSON or form name, e.g. {@code
   * cellularityPercent}), so that a page can show the message next to that control.
   */
  public static GmsException atField(String field, String message) {
    return new GmsException(Kind.INVALID_INPUT, message, field);
  }

  /** An error of another kind (a conflict, say) about one field of the request. */
  public static GmsException atField(String field, Kind kind, String message) {
    return new GmsException(kind, message, field);
  }

  /**
   * A decision asked of an alert (a re-analysis or a trial alert, named in {@code alert}) that is
   * no longer open: who decided it, when and how.
   */
  public static GmsException alreadyDecided(
      String alert, String state, String decidedBy, java.time.Instant decidedAt) {
    return new GmsException(
        Kind.CONFLICT,
        alert
            + " was "
            + state.toLowerCase(java.util.Locale.ROOT)
            + " by "
            + decidedBy
            + " on "
            + decidedAt
            + "; only open alerts are decided.");
  }

  public GmsException(Kind kind, String message) {
    this(kind, message, (String) null);
  }

  public GmsException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.field = null;
  }

  public Kind kind() {
    return kind;
  }

  /** The request field the error is about, or null when it is not about one field. */
  public String field() {
    return field;
  }
}
