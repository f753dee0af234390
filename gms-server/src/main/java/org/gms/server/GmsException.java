package org.gms.server;

/**
 * The root of every error the server reports to a user. The message says what was wrong, where and
 * what to do; it is shown to the user as is, so it never carries internals.
 */
public class GmsException extends RuntimeException {

  public GmsException(String message) {
    super(message);
  }

  public GmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
