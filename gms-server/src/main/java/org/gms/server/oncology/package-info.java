/**
 * Cancer cases: a tumour test of the cancer directory (M-codes) with its tumour type (OncoTree),
 * histology, stage, samples (FFPE, fresh frozen, plasma ctDNA, bone marrow, germline blood) and
 * tumour cellularity; the somatic analysis of its files run on the durable worker; the molecular
 * tumour board's decisions on the tiered findings and the authorised report.
 *
 * <p>For other features: {@link org.gms.server.oncology.CancerCaseReported} is published when a
 * case's report is authorised (after the transaction commits) with the findings the board chose to
 * report, and {@link org.gms.server.oncology.ReportedCancerCases} lists every reported case for
 * features that catch up on events they may have missed. A feature that matches cases to clinical
 * trials implements {@link org.gms.server.oncology.TrialMatches}; the tumour board page shows what
 * it returns (nothing when no bean implements it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oncology")
package org.gms.server.oncology;
