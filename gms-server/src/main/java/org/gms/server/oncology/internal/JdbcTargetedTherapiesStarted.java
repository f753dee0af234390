package org.gms.server.oncology.internal;

import java.util.List;
import org.gms.server.oncology.TargetedTherapiesStarted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcTargetedTherapiesStarted implements TargetedTherapiesStarted {

  private final JdbcClient jdbc;

  JdbcTargetedTherapiesStarted(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<TherapyStart> started() {
    return jdbc.sql("SELECT case_id, therapy, started_on FROM targeted_therapy ORDER BY id")
        .query(
            (rs, n) ->
                new TherapyStart(
                    rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class)))
        .list();
  }
}
