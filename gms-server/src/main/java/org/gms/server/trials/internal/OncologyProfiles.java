package org.gms.server.trials.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.cancer.trial.Alteration;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.genomics.cancer.trial.CnaCall;
import org.gms.genomics.cancer.trial.Receptor;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.ReportedFinding;
import org.gms.server.oncology.TumourReceptors;
import org.gms.server.record.Sex;
import org.gms.server.trials.TrialCase;

/** A reported cancer case of the oncology feature in the trials model. */
final class OncologyProfiles {

  private OncologyProfiles() {}

  static TrialCase trialCase(CancerCaseReported c) {
    return new TrialCase(c.caseId(), c.orderId(), c.patient(), profile(c), c.reportedAt());
  }

  static CaseProfile profile(CancerCaseReported c) {
    List<Alteration> alterations = new ArrayList<>();
    for (ReportedFinding f : c.findings()) {
      if (f.germline()) {
        continue;
      }
      boolean tierOneOrTwo = f.tier().equals("I") || f.tier().equals("II");
      switch (f.category()) {
        case MUTATION -> {
          Alteration a = Alteration.mutation(f.gene(), f.proteinChange(), f.variantClass());
          if (!f.oncogenicity().isEmpty()) {
            a =
                a.withOncogenic(
                    f.oncogenicity().equals("Oncogenic")
                        || f.oncogenicity().equals("Likely oncogenic"));
          }
          alterations.add(a);
        }
        case CNA ->
            alterations.add(Alteration.cna(f.gene(), cna(f.cnaCall())).withOncogenic(tierOneOrTwo));
        case FUSION -> {
          String[] genes = f.fusion().split("::");
          Alteration a =
              genes.length == 2
                  ? Alteration.fusion(genes[1].trim(), genes[0].trim())
                  : Alteration.fusion(
                      f.gene(),
                      f.partnerGenes().stream()
                          .filter(g -> !g.equals(f.gene()))
                          .findFirst()
                          .orElse(""));
          alterations.add(a.withOncogenic(tierOneOrTwo));
        }
      }
    }
    String sex = c.sex() == Sex.FEMALE ? "female" : c.sex() == Sex.MALE ? "male" : "";
    return new CaseProfile(
            "case " + c.caseId(),
            c.oncotreeCode(),
            c.ageYears(),
            sex,
            c.tmb(),
            c.msiStatus().isEmpty() ? null : c.msiHigh(),
            alterations)
        .withReceptors(receptors(c.receptors()));
  }

  /** The statuses recorded (a receptor not known is left out). */
  static Map<Receptor, String> receptors(TumourReceptors r) {
    Map<Receptor, String> m = new EnumMap<>(Receptor.class);
    if (!r.er().isEmpty()) {
      m.put(Receptor.ER, r.er());
    }
    if (!r.pr().isEmpty()) {
      m.put(Receptor.PR, r.pr());
    }
    if (!r.her2().isEmpty()) {
      m.put(Receptor.HER2, r.her2());
    }
    return m;
  }

  private static CnaCall cna(org.gms.server.oncology.CnaCall call) {
    return switch (call) {
      case HIGH_LEVEL_AMPLIFICATION -> CnaCall.AMPLIFICATION;
      case GAIN -> CnaCall.GAIN;
      case HETEROZYGOUS_DELETION -> CnaCall.HETEROZYGOUS_DELETION;
      case HOMOZYGOUS_DELETION -> CnaCall.HOMOZYGOUS_DELETION;
    };
  }
}
