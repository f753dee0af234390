/**
 * What several benchmarks share: the database a benchmark's server runs on, how long load runs, the
 * load generator, and where the shared reference data is found.
 */
package org.gms.benchmarks.support;
