package org.gms.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of runs that workers claim for a lease: the one queue discipline of the platform's
 * durable workers (analysis runs, somatic runs). A run is {@code QUEUED}, then {@code RUNNING}
 * under a claim that ends at {@code claimed_until} unless renewed; a run whose lease ran out (its
 * server stopped) is claimed again as the next attempt; only the attempt that holds the claim may
 * store a result or a failure, so a run is never lost and never counted twice. The table has the
 * columns {@code id, state, attempt, claimed_until, spec, result_json, result_html, message,
 * finished_at} (and {@code progress} where claims are renewed) and one column naming what the run
 * belongs to. It lives here, outside the features, because features may only use each other's APIs.
 */
public final class LeasedRuns {

  private static final Pattern NAME = Pattern.compile("[a-z_]+");

  private final JdbcClient jdbc;
  private final String table;
  private final String owner;
  private final String extra;

  /**
   * @param table the runs' table
   * @param owner the column naming what a run belongs to (an order, a case)
   * @param extra another column a claim reads (e.g. the run's kind), or {@code null}
   */
  public LeasedRuns(JdbcClient jdbc, String table, String owner, String extra) {
    for (String name : new String[] {table, owner, extra == null ? "x" : extra}) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Not a column or table name: " + name);
      }
    }
    this.jdbc = jdbc;
    this.table = table;
    this.owner = owner;
    this.extra = extra;
  }

  /**
   * A claimed run.
   *
   * @param owner what it belongs to
   * @param extra the extra column's value, or {@code null} when there is none
   */
  public record Claim(long id, int attempt, long owner, String extra, String spec) {}

  /**
   * Ends every running claim now, for a worker that is the only one on its database (the embedded
   * one): a run still marked running was cut off by a crash and is taken up again at once, as the
   * next attempt, instead of after its lease. Returns the runs released.
   */
  public List<Long> releaseInterrupted() {
    return jdbc.sql(
            "UPDATE "
                + table
                + " SET claimed_until = clock_timestamp()"
                + " WHERE state = 'RUNNING' AND claimed_until > clock_timestamp() RETURNING id")
        .query(Long.class)
        .list();
  }

  /** The oldest queued run, or one whose lease ran out, claimed for the lease. */
  public Optional<Claim> claim(Duration lease) {
    return jdbc.sql(
            "UPDATE "
                + table
                + " SET state = 'RUNNING', attempt = attempt + 1,"
                + " claimed_until = clock_timestamp() + make_interval(secs => :lease)"
                + " WHERE id = (SELECT id FROM "
                + table
                + " WHERE state = 'QUEUED' OR (state = 'RUNNING' AND claimed_until <"
                + " clock_timestamp()) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, attempt, "
                + owner
                + " AS owner, "
                + (extra == null ? "NULL" : extra)
                + " AS extra, spec::text AS spec")
        .param("lease", lease.toSeconds())
        .query(
            (rs, row) ->
                new Claim(
                    rs.getLong("id"),
                    rs.getInt("attempt"),
                    rs.getLong("owner"),
                    rs.getString("extra"),
                    rs.getString("spec")))
        .optional();
  }

  /** Renews the claim for another lease and records how far the run has got. */
  public void renew(Claim claim, Duration lease, long progress) {
    jdbc.sql(
            "UPDATE "
                + table
                + " SET progress = :progress,"
                + " claimed_until = clock_timestamp() + make_interval(secs => :lease)"
                + " WHERE id = :id AND attempt = :attempt AND state = 'RUNNING'")
        .param("progress", progress)
        .param("lease", lease.toSeconds())
        .param("id", claim.id())
        .param("attempt", claim.attempt())
        .update();
  }

  /**
   * Stores the result if this attempt still holds the claim; call it inside the transaction that
   * also moves what the run belongs to on. Returns whether it was stored.
   */
  public boolean succeed(Claim claim, String json, String html, String summary) {
    return jdbc.sql(
                "UPDATE "
                    + table
                    + " SET state = 'SUCCEEDED', result_json = CAST(:json AS jsonb),"
                    + " result_html = :html, message = :summary, finished_at = clock_timestamp()"
                    + " WHERE id = :id AND attempt = :attempt AND state = 'RUNNING'")
            .param("json", json)
            .param("html", html)
            .param("summary", summary)
            .param("id", claim.id())
            .param("attempt", claim.attempt())
            .update()
        == 1;
  }

  /** Records the failure (its message for the user) if this attempt still holds the claim. */
  public void fail(Claim claim, String message) {
    jdbc.sql(
            "UPDATE "
                + table
                + " SET state = 'FAILED', message = :message, finished_at = clock_timestamp()"
                + " WHERE id = :id AND attempt = :attempt AND state = 'RUNNING'")
        .param("message", message == null ? "failed" : message)
        .param("id", claim.id())
        .param("attempt", claim.attempt())
        .update();
  }
}
