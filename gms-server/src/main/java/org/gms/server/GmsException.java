package org.gms.server;

/**
 * The root of every error the server reports to a user. The message says what was wrong, where and
 * what to do; it is shown to the user as is, so it never carries internals.
 */
public class GmsException extends RuntimeException {

  /** What kind of failure it is; the web layer maps each to an HTTP status. */
  public enum Kind {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    UNAUTHENTICATED,
    FORBIDDEN
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
