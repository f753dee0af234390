/**
 * How the test directory works inside: readers of the published files (xlsx, PanelApp TSV and API
 * JSON), the import transaction and change computation, the SQL queries, and the web API.
 */
package org.gms.server.directory.internal;
