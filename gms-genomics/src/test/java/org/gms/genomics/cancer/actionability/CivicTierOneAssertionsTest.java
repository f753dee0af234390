package org.gms.genomics.cancer.actionability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gms.genomics.cancer.Finding;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.input.CopyNumberCall;
import org.gms.genomics.cancer.input.Fusion;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.SomaticVariant.InSilico;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.knowledge.CivicEvidence;
import org.gms.genomics.cancer.knowledge.CivicKnowledge;
import org.gms.genomics.cancer.tumourtype.TumourType;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every accepted CIViC predictive assertion with AMP/ASCO/CAP category Tier I - Level A (19 in the
 * bundled 01-Aug-2024 release) is reproduced: its alteration, in its disease, comes out as Tier I-A
 * with each of its therapies among the Tier I therapies.
 */
class CivicTierOneAssertionsTest {

  private static final SomaticAnalysis ANALYSIS = SomaticAnalysis.create(SomaticSettings.bundled());

  static Stream<CivicEvidence> tierOneLevelA() {
    return CivicKnowledge.bundled().evidence().stream()
        .filter(CivicEvidence::assertion)
        .filter(e -> e.type().equals("Predictive") && e.level().equals("A"));
  }

  @Test
  void theReleaseHasNineteen() {
    assertThat(tierOneLevelA().count()).isEqualTo(19);
  }

  @ParameterizedTest(name = "AID{0}")
  @MethodSource("tierOneLevelA")
  void reproducedAsTierOneWithItsTherapyInItsDisease(CivicEvidence assertion) {
    TumourTypes types = TumourTypes.bundled();
    TumourType type =
        assertion.doid().isEmpty()
            ? types.resolve("SOLID")
            : types.resolve("DOID:" + assertion.doid());
    String profile =
        assertion.molecularProfile(); // e.g. "BRAF V600E", "NTRK3 ETV6::NTRK3", "ALK Fusion"
    String gene = profile.substring(0, profile.indexOf(' '));
    String alteration = profile.substring(profile.indexOf(' ') + 1);
    List<SomaticVariant> variants = new ArrayList<>();
    List<CopyNumberCall> cna = new ArrayList<>();
    List<Fusion> fusions = new ArrayList<>();
    if (alteration.contains("::")) {
      String[] p = alteration.split("::");
      fusions.add(new Fusion(p[0], p[1], 50, "test"));
    } else if (alteration.equals("Fusion")) {
      fusions.add(new Fusion("ETV6", gene, 50, "test"));
    } else if (alteration.equals("Amplification")) {
      cna.add(new CopyNumberCall(gene, CopyNumberCall.Kind.AMPLIFICATION, 12, "test"));
    } else if (alteration.equals("ITD")) {
      variants.add(variant(gene, "", VariantClass.INFRAME_INSERTION));
    } else if (alteration.matches("[A-Z]\\d+")) {
      variants.add(variant(gene, alteration + "Y", VariantClass.MISSENSE)); // a change at the codon
    } else {
      variants.add(variant(gene, alteration, VariantClass.MISSENSE));
    }
    SomaticReport report =
        ANALYSIS.analyse(
            new TumourSample("AID" + assertion.id(), "", "", variants, List.of(), List.of()),
            type,
            cna,
            fusions);
    Finding finding = report.findings().get(0);
    assertThat(finding.tier()).as(profile + " in " + assertion.disease()).isEqualTo(AmpTier.IA);
    List<String> tierOneTherapies =
        finding.therapies().stream()
            .filter(e -> e.tier() == AmpTier.IA)
            .flatMap(e -> e.therapies().stream())
            .toList();
    assertThat(tierOneTherapies)
        .as(profile + " in " + assertion.disease())
        .containsAll(assertion.therapies());
  }

  private static SomaticVariant variant(String gene, String protein, VariantClass c) {
    return new SomaticVariant(
        gene,
        "1",
        1000,
        "A",
        c == VariantClass.INFRAME_INSERTION ? "ATTTCCC" : "T",
        c,
        protein,
        "",
        "",
        100,
        40,
        0.4,
        Double.NaN,
        InSilico.UNKNOWN,
        "test");
  }
}
