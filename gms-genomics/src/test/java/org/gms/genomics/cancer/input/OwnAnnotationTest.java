package org.gms.genomics.cancer.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.cancer.Finding;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.biomarker.Territory;
import org.gms.genomics.cancer.biomarker.TmbDefinition;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.genomics.variant.VcfReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GMS's own annotation of an unannotated tumour VCF: PCGR's real T001-COAD records inside the genes
 * whose transcript models the shared reference holds, against their effect worked out apart from
 * GMS's annotator ({@code t001-coad-cellbase-genes.tsv}), and the findings against those of the
 * same records annotated in the file (VEP CSQ written from that table).
 */
class OwnAnnotationTest {

  private static final Path COAD =
      SharedReference.path("cancer/pcgr-examples/pcgr_T001-COAD.grch38.vcf.gz");

  @TempDir Path dir;

  private record Expected(
      String gene, String chrom, long pos, String ref, String alt, String consequence, String p) {
    String key() {
      return chrom + ":" + pos + ":" + ref + ":" + alt;
    }
  }

  @Test
  void ownAnnotationGivesTheEffectsWorkedOutApart() throws IOException {
    Map<String, Expected> expected = expected();
    TumourSample sample =
        new TumourVcfReader(VcfInputSettings.defaults().withAnnotator(annotator()))
            .read(restricted(expected, false), VcfReadOptions.defaults(), null);
    assertThat(sample.variants()).hasSize(expected.size());
    for (SomaticVariant v : sample.variants()) {
      String key =
          v.chromosome()
              + ":"
              + (v.ref().length() == v.alt().length() ? v.position() : v.position() - 1)
              + ":";
      Expected e =
          expected.values().stream()
              .filter(x -> x.key().startsWith(key))
              .findFirst()
              .orElseThrow(() -> new AssertionError("unexpected variant " + v));
      assertThat(v.gene()).as(e.key()).isEqualTo(e.gene());
      assertThat(v.variantClass())
          .as(e.key())
          .isEqualTo(
              VariantClass.fromSequenceOntology(
                  e.consequence(), e.ref().length(), e.alt().length()));
      assertThat(v.proteinChange()).as(e.key()).isEqualTo(e.p());
    }
    assertThat(sample.warnings()).anySatisfy(w -> assertThat(w).contains("annotated by GMS"));
  }

  @Test
  void findingsMatchThoseFromTheFilesOwnAnnotation() throws IOException {
    Map<String, Expected> expected = expected();
    TumourSample annotatedInFile =
        new TumourVcfReader(VcfInputSettings.defaults())
            .read(restricted(expected, true), VcfReadOptions.defaults(), null);
    TumourSample annotatedByGms =
        new TumourVcfReader(VcfInputSettings.defaults().withAnnotator(annotator()))
            .read(restricted(expected, false), VcfReadOptions.defaults(), null);
    SomaticAnalysis analysis =
        SomaticAnalysis.create(
            SomaticSettings.bundled()
                .withTmb(TmbDefinition.CBIOPORTAL_NONSYNONYMOUS, Territory.ofMegabases(1, "1 Mb")));
    var type = TumourTypes.bundled().resolve("COADREAD");
    List<String> fromFile =
        describe(analysis.analyse(annotatedInFile, type, List.of(), List.of()).findings());
    List<String> fromGms =
        describe(analysis.analyse(annotatedByGms, type, List.of(), List.of()).findings());
    // every non-synonymous record of the table is a finding
    long nonSynonymous =
        expected.values().stream()
            .filter(e -> e.consequence().matches("missense_variant|frameshift_variant"))
            .count();
    assertThat(fromFile).hasSize((int) nonSynonymous);
    assertThat(fromGms).containsExactlyElementsOf(fromFile);
  }

  @Test
  void anUnannotatedVcfOfNoBuildWithoutTranscriptModelsIsAnErrorSayingWhatToDo()
      throws IOException {
    Path vcf = dir.resolve("plain.vcf");
    Files.writeString(
        vcf,
        String.join(
            "\n",
            "##fileformat=VCFv4.2",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO",
            "12\t132657207\t.\tGT\tG\t.\tPASS\t.",
            ""));
    assertThatThrownBy(
            () ->
                new TumourVcfReader(VcfInputSettings.defaults())
                    .read(vcf, VcfReadOptions.defaults(), null))
        .isInstanceOf(GenomicsException.class)
        .hasMessageContaining("plain.vcf, line 3")
        .hasMessageContaining("neither VEP CSQ nor snpEff ANN")
        .hasMessageContaining("--transcripts");
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.gene()
                    + " "
                    + f.proteinChange()
                    + " "
                    + f.variantClass()
                    + " "
                    + f.tier()
                    + " "
                    + f.oncogenicity().oncogenicityClass()
                    + " "
                    + f.oncogenicity().points())
        .sorted()
        .toList();
  }

  private static Annotator annotator() {
    return Annotator.builder(TranscriptData.cellbase())
        .sequences(TranscriptData.cellbaseCdna())
        .genome(TranscriptData.genome())
        .build();
  }

  /** The table, in file order. */
  private static Map<String, Expected> expected() throws IOException {
    Map<String, Expected> out = new LinkedHashMap<>();
    try (InputStream in =
        OwnAnnotationTest.class.getResourceAsStream("t001-coad-cellbase-genes.tsv")) {
      TabularFile.read(
          in,
          "t001-coad-cellbase-genes.tsv",
          f -> f.require("expected effects", "gene", "chrom", "pos", "consequence"),
          (f, row) -> {
            Expected e =
                new Expected(
                    row.get("gene"),
                    row.get("chrom"),
                    row.number("pos", 0),
                    row.get("ref"),
                    row.get("alt"),
                    row.get("consequence"),
                    row.get("protein"));
            out.put(e.key(), e);
          });
    }
    return out;
  }

  /**
   * T001-COAD cut to the table's records: as published (no annotation), or with a VEP CSQ written
   * from the table.
   */
  private Path restricted(Map<String, Expected> expected, boolean withCsq) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(COAD)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#CHROM") && withCsq) {
          out.add(
              "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from"
                  + " Ensembl VEP. Format: Allele|Consequence|SYMBOL|HGVSp|PICK\">");
        }
        if (line.startsWith("#")) {
          out.add(line);
          continue;
        }
        String[] f = line.split("\t", -1);
        Expected e = expected.get(f[0] + ":" + f[1] + ":" + f[3] + ":" + f[4]);
        if (e == null) {
          continue;
        }
        if (withCsq) {
          String allele = f[4].length() > 1 ? f[4].substring(1) : f[3].length() > 1 ? "-" : f[4];
          f[7] +=
              ";CSQ="
                  + allele
                  + "|"
                  + e.consequence()
                  + "|"
                  + e.gene()
                  + "|"
                  + (e.p().isEmpty() ? "" : "p." + e.p())
                  + "|1";
        }
        out.add(String.join("\t", f));
      }
    }
    Path file = dir.resolve(withCsq ? "t001-coad-csq.vcf" : "t001-coad.vcf");
    Files.write(file, out);
    return file;
  }
}
