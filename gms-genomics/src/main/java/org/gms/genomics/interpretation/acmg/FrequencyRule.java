package org.gms.genomics.interpretation.acmg;

import static org.gms.genomics.interpretation.acmg.EvidenceCode.BA1;
import static org.gms.genomics.interpretation.acmg.EvidenceCode.BS1;
import static org.gms.genomics.interpretation.acmg.EvidenceCode.PM2;

import java.util.Locale;

/**
 * The population-frequency criteria: BA1 above 5% (stand-alone), BS1 above the gene's or the
 * default threshold, PM2 (at the configured strength, supporting by default as ClinGen SVI 2020 and
 * ACGS advise) when absent, or for a recessive disease at most the recessive threshold.
 */
final class FrequencyRule implements CriterionRule {

  @Override
  public void assess(VariantFacts facts, AcmgSettings settings, Findings findings) {
    PopulationFrequency frequency = facts.frequency();
    if (!frequency.assessed()) {
      for (EvidenceCode code : new EvidenceCode[] {BA1, BS1, PM2}) {
        findings.skip(code, "no population frequency source was consulted");
      }
      return;
    }
    double af = frequency.frequencyOrZero().orElseThrow();
    String observed =
        frequency.alleleFrequency().isEmpty()
            ? "absent from " + frequency.source()
            : "allele frequency " + format(af) + " in " + frequency.source();
    double bs1 = settings.bs1For(facts.gene());
    if (af > settings.ba1Frequency()) {
      findings.apply(BA1, Strength.STAND_ALONE, observed + " > " + format(settings.ba1Frequency()));
      findings.skip(BS1, "BA1 applies");
    } else if (af > bs1) {
      findings.apply(
          BS1, Strength.STRONG, observed + " > " + format(bs1) + " expected for the disorder");
      findings.skip(BA1, observed + " <= " + format(settings.ba1Frequency()));
    } else {
      findings.skip(BA1, observed + " <= " + format(settings.ba1Frequency()));
      findings.skip(BS1, observed + " <= " + format(bs1));
    }
    boolean recessive = facts.onlyRecessive();
    double pm2 = recessive ? settings.pm2RecessiveFrequency() : settings.pm2DominantFrequency();
    String model = recessive ? "recessive disease" : "dominant or unknown inheritance";
    if (af <= pm2) {
      findings.apply(
          PM2,
          settings.pm2Strength(),
          observed + (af > 0 ? " <= " + format(pm2) + " (" + model + ")" : ""));
    } else {
      findings.skip(PM2, observed + " > " + format(pm2) + " (" + model + ")");
    }
  }

  static String format(double value) {
    return value == 0 ? "0" : String.format(Locale.ROOT, "%.3g", value);
  }
}
