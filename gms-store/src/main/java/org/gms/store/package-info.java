/**
 * The population variant store: every analysed individual's non-reference genotypes as Parquet
 * files ({@code variants}: one row per normalised variant; {@code genotypes}: carriers only),
 * partitioned by build, contig and position bin, sorted by position, listed by an atomically
 * replaced manifest. Queried in-process with DuckDB; the same files and the same query text ({@link
 * org.gms.store.QueryDefinitions}) run on Apache Spark. Consent is an allow-list of individual
 * indexes given with each query, never a copy of the data. Plain Java, no Spring.
 */
package org.gms.store;
