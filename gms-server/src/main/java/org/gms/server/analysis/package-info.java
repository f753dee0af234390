/**
 * Analysis runs: a laboratory scientist attaches a family's VCF to an order and starts the analysis
 * its test needs (rare-disease interpretation with the test's panel or gene-agnostic, or
 * pharmacogenomics). Runs are jobs kept in the database: queued, running with progress, then a
 * result or a failure that says what was wrong; a run survives a server restart and is never done
 * twice. {@link org.gms.server.analysis.AnalysisRuns} starts and reads them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package org.gms.server.analysis;
