/**
 * Analysis runs: a laboratory scientist attaches a family's VCF to an order and starts the analysis
 * its test needs (rare-disease interpretation with the test's panel or gene-agnostic, or
 * pharmacogenomics). Runs are jobs kept in the database: queued, running with progress, then a
 * result or a failure that says what was wrong; a run survives a server restart and is never done
 * twice. {@link org.gms.server.analysis.AnalysisRuns} starts and reads them; {@link
 * org.gms.server.analysis.ResultReports} authorises reports and amends them (the earlier version
 * kept); {@link org.gms.server.analysis.ReportOutcomes} tells management figures which reports hold
 * a pathogenic or likely pathogenic finding; {@link org.gms.server.analysis.VariantKeys} gives the
 * key under which a report records a variant, for other features' knowledge to meet it. {@link
 * org.gms.server.analysis.PharmacogenomicUploads} analyses a VCF uploaded for a patient outside an
 * order ({@code POST /api/patients/{nhs}/pgx}) with the same analyser as a pharmacogenomic run;
 * both store the result through the record's {@code PgxResults}. {@link
 * org.gms.server.analysis.DemoPatients} are the demo's patients with such results. {@link
 * org.gms.server.analysis.GenomicReportFhir} is what a report's FHIR bundle and the oncology
 * feature's cancer report share (Genomics Reporting IG).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package org.gms.server.analysis;
