/**
 * Versioned knowledge and re-analysis: ClinVar releases, HPO annotation releases and PanelApp panel
 * imports (classifier versions have their place in the same table) are imported as versions; each
 * import is compared with the version before it, and every stored case whose interpretation it
 * could change raises a re-analysis alert for the laboratory that reported it: a reported variant
 * that ClinVar now classifies differently, an unsolved case whose phenotype now ranks a newly
 * linked gene among its best, or an unsolved case whose panel has a gene green now that was not in
 * the version its analysis used. A scientist accepts an alert (issuing an amended report) or
 * dismisses it with a reason. {@link org.gms.server.knowledge.KnowledgeImports} imports, {@link
 * org.gms.server.knowledge.ReanalysisJobs} re-examines every stored case with progress, {@link
 * org.gms.server.knowledge.ReanalysisAlerts} lists and decides alerts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge and re-analysis")
package org.gms.server.knowledge;
