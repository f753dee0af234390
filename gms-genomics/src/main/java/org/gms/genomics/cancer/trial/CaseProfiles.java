package org.gms.genomics.cancer.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gms.genomics.cancer.Finding;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.oncogenicity.OncogenicityClass;

/** Case profiles from the cancer engine's report. */
public final class CaseProfiles {

  private CaseProfiles() {}

  /**
   * The profile of a somatic report: small variants with their protein change, classification and
   * oncogenicity; amplifications and deep deletions; fusions ({@code A::B} on B, partner A); TMB
   * and the MSI estimate. A copy-number change or fusion counts as oncogenic (for CTML's {@code
   * molecular_function}) when it is tier I or II.
   */
  public static CaseProfile from(
      SomaticReport report, String caseId, Integer ageYears, String sex) {
    List<Alteration> alterations = new ArrayList<>();
    for (Finding f : report.findings()) {
      boolean actionable = f.tier().ordinal() <= 3;
      switch (f.kind()) {
        case "cna" -> {
          CnaCall call =
              f.alteration().startsWith("amplification")
                  ? CnaCall.AMPLIFICATION
                  : CnaCall.HOMOZYGOUS_DELETION;
          alterations.add(Alteration.cna(f.gene(), call).withOncogenic(actionable));
        }
        case "fusion" -> {
          String name = f.alteration().split(" ")[0];
          String[] genes = name.split("::");
          Alteration a =
              genes.length == 2
                  ? Alteration.fusion(genes[1], genes[0])
                  : Alteration.fusion(f.gene(), "");
          alterations.add(a.withOncogenic(actionable));
        }
        default -> {
          Alteration a = Alteration.mutation(f.gene(), f.proteinChange(), f.variantClass());
          if (f.oncogenicity() != null) {
            OncogenicityClass c = f.oncogenicity().oncogenicityClass();
            a =
                a.withOncogenic(
                    c == OncogenicityClass.ONCOGENIC || c == OncogenicityClass.LIKELY_ONCOGENIC);
          }
          alterations.add(a);
        }
      }
    }
    Double tmb = report.biomarkers().tmb() == null ? null : report.biomarkers().tmb().perMb();
    Boolean msi =
        report.biomarkers().msi() == null
            ? null
            : report.biomarkers().msi().status().toUpperCase(Locale.ROOT).equals("MSI-H");
    return new CaseProfile(
        caseId, report.tumourType().oncotreeCode(), ageYears, sex, tmb, msi, alterations);
  }
}
