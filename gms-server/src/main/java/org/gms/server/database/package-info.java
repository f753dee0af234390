/**
 * The platform's PostgreSQL database: an embedded server kept under the data directory by default,
 * or an external one named by {@code gms.db.url}. Schema migrations are plain SQL run by Flyway.
 */
package org.gms.server.database;
