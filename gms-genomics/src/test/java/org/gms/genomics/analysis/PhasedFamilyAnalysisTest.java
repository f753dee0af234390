package org.gms.genomics.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.interpretation.ClassifiedVariant;
import org.gms.genomics.interpretation.GenePanel;
import org.gms.genomics.interpretation.GeneScope;
import org.gms.genomics.interpretation.PanelConfidence;
import org.gms.genomics.interpretation.PanelGene;
import org.gms.genomics.interpretation.RankedCandidate;
import org.gms.genomics.interpretation.acmg.EvidenceCode;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.inheritance.SegregationPattern;
import org.gms.genomics.reference.GenomeBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A phased single-sample VCF through the whole analysis, on bcftools csq's own test transcripts
 * (ANKRD30B, plus strand): bcftools' documented case B2, a 4-base deletion and a 1-base insertion
 * on the same haplotype that together are an in-frame deletion, with a missense change on the other
 * haplotype of the same phase set. The annotator's joint effect reaches each frameshift's
 * classification (no PVS1; PM4, with the reason) and the report; the two frameshifts in cis are no
 * compound heterozygote, each of them with the missense change in trans is one, confirmed. The same
 * calls unphased are judged allele by allele, as before.
 */
class PhasedFamilyAnalysisTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final GenePanel PANEL =
      new GenePanel(
          "test panel: loss of function stated as the mechanism",
          "1.0",
          List.of(
              new PanelGene(
                  "ANKRD30B",
                  PanelConfidence.GREEN,
                  Set.of(InheritanceMode.AUTOSOMAL_RECESSIVE),
                  Optional.of(true))));

  @TempDir Path dir;

  @Test
  void theFrameRestoredOnOneHaplotypeIsJudgedInFrame() throws Exception {
    AnalysisReport report = analyse("0|1", "0|1", "1|0");

    List<ClassifiedVariant> frameshifts = frameshifts(report);
    assertThat(frameshifts).hasSize(2);
    for (ClassifiedVariant frameshift : frameshifts) {
      assertThat(frameshift.candidate().haplotype()).isNotNull();
      assertThat(frameshift.candidate().haplotype().consequences())
          .containsExactly("inframe_deletion");
      assertThat(frameshift.candidate().haplotype().restoresFrame()).isTrue();
      assertThat(frameshift.classification().evidence())
          .extracting(e -> e.code())
          .doesNotContain(EvidenceCode.PVS1)
          .contains(EvidenceCode.PM4);
    }
    ClassifiedVariant deletion =
        frameshifts.stream()
            .filter(v -> v.candidate().variant().position() == 14_748_483)
            .findFirst()
            .orElseThrow();
    assertThat(deletion.assessment().notApplied())
        .filteredOn(n -> n.code() == EvidenceCode.PVS1)
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.reason())
                    .startsWith(
                        "frameshift_variant alone, but the frame is restored by a 1-bp insertion"
                            + " at 18:14748492 on the same haplotype (PS=14748481): together"
                            + " inframe_deletion 22SERV>22NGF"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalysisReportJson.write(report, 20, out);
    JsonNode json = JSON.readTree(out.toByteArray());
    assertThat(json.findValues("haplotype"))
        .isNotEmpty()
        .allSatisfy(
            h -> {
              assertThat(h.get("consequences").get(0).asString()).isEqualTo("inframe_deletion");
              assertThat(h.get("phaseSet").asString()).isEqualTo("14748481");
            });
    assertThat(AnalysisReportHtml.render(report, 20))
        .contains("haplotype: frameshift_variant alone, but the frame is restored by a 1-bp");
  }

  @Test
  void onlyTheAllelesInTransAreCompoundHeterozygous() throws Exception {
    AnalysisReport report = analyse("0|1", "0|1", "1|0");

    List<RankedCandidate> pairs = compoundHeterozygotes(report);
    assertThat(pairs).hasSize(2);
    assertThat(pairs)
        .allSatisfy(
            pair -> {
              assertThat(pair.candidate().inheritance().fit()).isEqualTo(Fit.YES);
              assertThat(pair.candidate().variants())
                  .extracting(v -> v.candidate().variant().position())
                  .contains(14_748_481L);
            });
  }

  @Test
  void unphasedTheFrameshiftsAreNullVariantsAndThePairsPossible() throws Exception {
    AnalysisReport report = analyse("0/1", "0/1", "0/1");

    List<ClassifiedVariant> frameshifts = frameshifts(report);
    assertThat(frameshifts).isNotEmpty();
    for (ClassifiedVariant frameshift : frameshifts) {
      assertThat(frameshift.candidate().haplotype()).isNull();
      assertThat(frameshift.classification().evidence())
          .extracting(e -> e.code())
          .contains(EvidenceCode.PVS1);
    }
    assertThat(compoundHeterozygotes(report))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.candidate().inheritance().fit()).isEqualTo(Fit.POSSIBLE));
  }

  private AnalysisReport analyse(String deletion, String insertion, String missense)
      throws Exception {
    String vcf =
        "##fileformat=VCFv4.2\n"
            + "##contig=<ID=18,length=80373285>\n"
            + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            + "##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phase set\">\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tkid\n"
            + record(14_748_481, "T", "A", missense)
            + record(14_748_483, "AGCGA", "A", deletion)
            + record(14_748_492, "G", "GT", insertion);
    Path file = Files.writeString(dir.resolve("phased.vcf"), vcf);
    return FamilyAnalysis.builder(
            TranscriptData.bcftoolsAnnotator(), GenomeBuild.GRCh38, GeneScope.panel(PANEL, false))
        .reference(TranscriptData.bcftoolsRegions())
        .build()
        .run(file);
  }

  private static String record(long position, String ref, String alt, String genotype) {
    return "18\t"
        + position
        + "\t.\t"
        + ref
        + "\t"
        + alt
        + "\t50\tPASS\t.\tGT:PS\t"
        + genotype
        + ":14748481\n";
  }

  private static List<ClassifiedVariant> frameshifts(AnalysisReport report) {
    return report.interpretation().candidates().stream()
        .flatMap(c -> c.candidate().variants().stream())
        .filter(v -> v.candidate().consequences().contains("frameshift_variant"))
        .distinct()
        .toList();
  }

  private static List<RankedCandidate> compoundHeterozygotes(AnalysisReport report) {
    return report.interpretation().candidates().stream()
        .filter(
            c ->
                c.candidate().inheritance().pattern()
                    == SegregationPattern.AUTOSOMAL_RECESSIVE_COMPOUND_HETEROZYGOUS)
        .toList();
  }
}
