/**
 * The platform's PostgreSQL database: an embedded server kept under the data directory by default,
 * or an external one named by {@code gms.db.url}. Schema migrations are plain SQL run by Flyway.
 *
 * <p>The platform owns its embedded server: a server a dead run left on the data directory is
 * stopped before the next start ({@code PreviousServer}), a watchdog stops the server when its JVM
 * is gone ({@code Watchdog}), and only the superuser with the data directory's generated secret may
 * connect, over loopback ({@code DatabaseSecret}, {@code ClientAuthentication}).
 */
package org.gms.server.database;
