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

  public GmsException(String message) {
    this(Kind.INVALID_INPUT, message);
  }

  public GmsException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public GmsException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
