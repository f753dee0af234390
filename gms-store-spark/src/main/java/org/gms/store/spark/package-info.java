/**
 * The population store's queries on Apache Spark: the same Parquet files (listed by the same
 * manifest) and the same SQL text ({@link org.gms.store.QueryDefinitions}) as the embedded DuckDB
 * engine, for cohorts that outgrow one machine. Not on the server's classpath.
 */
package org.gms.store.spark;
