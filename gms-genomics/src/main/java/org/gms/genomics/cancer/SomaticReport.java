package org.gms.genomics.cancer;

import java.util.List;
import org.gms.genomics.cancer.knowledge.KnowledgeSource;
import org.gms.genomics.cancer.tumourtype.TumourType;

/**
 * The analysis of one tumour sample: findings by tier (I/II first), biomarkers, germline findings
 * reported apart, the knowledge and guidelines used, and what limits the result.
 *
 * @param variantsRead small somatic variants in the input for this sample
 */
public record SomaticReport(
    String sample,
    TumourType tumourType,
    String build,
    int variantsRead,
    List<Finding> findings,
    Biomarkers biomarkers,
    List<String> histologyIndependent,
    List<GermlineFinding> germline,
    List<KnowledgeSource> knowledge,
    List<String> guidelines,
    List<String> warnings,
    List<String> limitations) {

  public SomaticReport {
    findings = List.copyOf(findings);
    histologyIndependent = List.copyOf(histologyIndependent);
    germline = List.copyOf(germline);
    knowledge = List.copyOf(knowledge);
    guidelines = List.copyOf(guidelines);
    warnings = List.copyOf(warnings);
    limitations = List.copyOf(limitations);
  }
}
