package org.gms.server.database;

/**
 * The platform's database could not be started. The message is one paragraph for the operator: what
 * went wrong, the file or port involved and what to do; the cause keeps the details for the log.
 */
public class DatabaseStartException extends RuntimeException {

  public DatabaseStartException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatabaseStartException(String message) {
    super(message);
  }
}
