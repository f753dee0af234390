package org.gms.server;

import java.sql.Array;
import java.sql.SQLException;

/** PostgreSQL arrays read through JDBC as Java arrays, for the features that store them. */
public final class SqlArrays {

  private SqlArrays() {}

  /**
   * A stored {@code int[]} as Java ints: the driver gives primitives (its binary form, once a
   * statement is prepared on the server) or boxed numbers; a SQL NULL is an empty array.
   */
  public static int[] ints(Array array) throws SQLException {
    if (array == null) {
      return new int[0];
    }
    Object values = array.getArray();
    if (values instanceof int[] primitive) {
      return primitive;
    }
    Object[] boxed = (Object[]) values;
    int[] ints = new int[boxed.length];
    for (int i = 0; i < boxed.length; i++) {
      ints[i] = ((Number) boxed[i]).intValue();
    }
    return ints;
  }
}
