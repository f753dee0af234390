package org.gms.genomics.cancer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gms.genomics.SharedReference;
import org.gms.genomics.cancer.actionability.AmpTier;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.input.CopyNumberReader;
import org.gms.genomics.cancer.input.FusionReader;
import org.gms.genomics.cancer.input.MafReader;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.TumourVcfReader;
import org.gms.genomics.cancer.input.VcfInputSettings;
import org.gms.genomics.cancer.knowledge.Hotspots;
import org.gms.genomics.cancer.report.SomaticReportHtml;
import org.gms.genomics.cancer.report.SomaticReportJson;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.genomics.variant.VcfReadOptions;
import org.junit.jupiter.api.Test;

/** PCGR's T001-BRCA example end to end, and a TCGA MAF sample, through the library API. */
class SomaticAnalysisTest {

  @Test
  void pcgrT001BrcaEndToEnd() {
    var settings =
        SomaticSettings.bundled()
            .withTmb(TmbDefinition.CBIOPORTAL_NONSYNONYMOUS, Territory.ofMegabases(34, "34 Mb"));
    TumourSample sample =
        new TumourVcfReader(VcfInputSettings.defaults())
            .read(
                SharedReference.path("cancer/pcgr-examples/pcgr_T001-BRCA.grch38.vcf.gz"),
                VcfReadOptions.defaults(),
                null);
    var fusions =
        FusionReader.read(
                SharedReference.path("cancer/pcgr-examples/pcgr_T001-BRCA.grch38.fusions.tsv"))
            .bySample()
            .get("");
    var cna =
        CopyNumberReader.read(
                SharedReference.path("cancer/pcgr-examples/pcgr_T001-BRCA.grch38.cna.tsv"),
                "GRCh38")
            .get("");
    SomaticReport report =
        SomaticAnalysis.create(settings)
            .analyse(sample, TumourTypes.bundled().resolve("M3"), cna, fusions);

    assertThat(report.tumourType().oncotreeCode()).isEqualTo("BREAST");
    Finding ntrk =
        report.findings().stream()
            .filter(f -> f.alteration().startsWith("NTRK1::TPM3"))
            .findFirst()
            .orElseThrow();
    assertThat(ntrk.tier()).isEqualTo(AmpTier.IA);
    assertThat(ntrk.therapies())
        .anySatisfy(t -> assertThat(t.therapies()).contains("Larotrectinib"));
    assertThat(report.histologyIndependent())
        .anySatisfy(s -> assertThat(s).startsWith("NTRK1 fusion"));
    Finding erbb2 =
        report.findings().stream()
            .filter(f -> f.gene().equals("ERBB2") && f.kind().equals("cna"))
            .findFirst()
            .orElseThrow();
    assertThat(erbb2.tier())
        .isEqualTo(AmpTier.IA); // HER2 amplification in breast carcinoma: trastuzumab
    assertThat(report.findings().get(0).tier().actionable()).isTrue();
    assertThat(report.biomarkers().tmb().mutations()).isEqualTo(196);

    Map<String, Object> json = SomaticReportJson.tree(report);
    assertThat(json)
        .containsKeys("sample", "tumourType", "findings", "biomarkers", "germline", "knowledge");
    String html = SomaticReportHtml.render(report);
    assertThat(html.indexOf("Tier I and II findings")).isLessThan(html.indexOf("Tier III"));
  }

  @Test
  void tcgaMafSampleGetsOncogenicityFromHotspotsAndCivic() {
    var settings =
        SomaticSettings.bundled()
            .withHotspots(
                Hotspots.read(
                    SharedReference.path(
                        "cancer/hotspots/cancerhotspots_v2_multi_type_residue.txt")))
            .withTmb(TmbDefinition.FOCR_HARMONISED, Territory.ofMegabases(38, "exome"));
    List<TumourSample> samples =
        MafReader.read(SharedReference.path("cancer/cohorts/tcga_mc3/MC3_UVM.maf.gz"));
    SomaticAnalysis analysis = SomaticAnalysis.create(settings);
    long gnaq = 0;
    for (TumourSample s : samples) {
      SomaticReport r =
          analysis.analyse(s, TumourTypes.bundled().resolve("UM"), List.of(), List.of());
      for (Finding f : r.findings()) {
        if ((f.gene().equals("GNAQ") || f.gene().equals("GNA11"))
            && f.proteinChange().equals(f.gene().equals("GNAQ") ? "Q209P" : "Q209L")) {
          gnaq++;
          assertThat(f.oncogenicity().codes())
              .anySatisfy(c -> assertThat(c.code().name()).isEqualTo("OS3"));
        }
      }
      assertThat(r.biomarkers().tmb().definition()).startsWith("Friends of Cancer Research");
    }
    assertThat(gnaq).isGreaterThan(10); // uveal melanoma: GNAQ Q209P / GNA11 Q209L are its hallmark
  }
}
