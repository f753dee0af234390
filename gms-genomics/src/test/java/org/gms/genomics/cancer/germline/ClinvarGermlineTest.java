package org.gms.genomics.cancer.germline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.TranscriptAnnotation;
import org.gms.genomics.cancer.GermlineFinding;
import org.gms.genomics.cancer.SomaticAnalysis;
import org.gms.genomics.cancer.SomaticReport;
import org.gms.genomics.cancer.SomaticSettings;
import org.gms.genomics.cancer.input.ProteinChanges;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.input.VariantClass;
import org.gms.genomics.cancer.report.SomaticReportHtml;
import org.gms.genomics.cancer.report.SomaticReportJson;
import org.gms.genomics.cancer.tumourtype.TumourTypes;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Germline BRCA1 variants of ClinVar (GRCh38, 2026-02-26; expert panel or multiple submitters
 * without conflict), annotated by GMS's own annotator on the MANE Select transcript as a germline
 * pipeline would, then classified by the ACMG engine. The table's ClinVar column is checked against
 * the ClinVar file itself. The population frequency is the highest of ClinVar's ExAC, ESP and 1000
 * Genomes fields (absent: taken as absent from the population reference).
 *
 * <p>Where GMS says LP for a ClinVar P, ClinVar's P rests on evidence the tumour pipeline does not
 * have (case counts, segregation, functional assays: PS3, PS4, PP1); the annotation alone reaches
 * PVS1 + PM2_Supporting = 9 points. Where a null variant escapes NMD (last exon) the PVS1 tree
 * takes its weaker branch. A canonical splice variant (c.5193+1G>A) lies in an intron: the tumour
 * input carries the exon hit only, so the PVS1 tree cannot place it and it stays VUS (a known gap).
 */
class ClinvarGermlineTest {

  private static Annotator annotator;
  private static Map<String, String[]> clinvar;

  @BeforeAll
  static void load() throws Exception {
    annotator =
        Annotator.builder(TranscriptData.cellbase())
            .sequences(TranscriptData.cellbaseCdna())
            .genome(TranscriptData.genome())
            .build();
    Path vcf = SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz");
    clinvar = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(vcf)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || !line.contains("GENEINFO=BRCA1:")) {
          continue;
        }
        String[] f = line.split("\t", 9);
        clinvar.put(f[0] + ":" + f[1] + ":" + f[3] + ":" + f[4], f);
      }
    }
  }

  @ParameterizedTest(name = "BRCA1 {0} {1}>{2}: ClinVar {3}, GMS {4} [{5}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # position | ref   | alt   | ClinVar           | GMS | codes (the evidence GMS applies)
          43071011   | C     | A     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43074385   | C     | A     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43082508   | A     | C     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43091813   | G     | A     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43057085   | AC    | A     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43092347   | CT    | C     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43090960   | TCA   | T     | Pathogenic        | LP  | PVS1, PM2_Supporting
          43063332   | C     | T     | Pathogenic        | VUS | PM2_Supporting
          43045748   | CT    | C     | Pathogenic        | VUS | PVS1_Moderate, PM2_Supporting
          43074486   | C     | G     | Benign            | VUS | ''
          43044346   | C     | T     | Benign            | VUS | ''
          43046604   | A     | G     | Benign            | B   | BA1
          """)
  void clinvarVariantsClassifiedByTheAcmgEngine(
      long position, String ref, String alt, String clinvarClass, String gms, String codes) {
    String[] record = clinvar.get("17:" + position + ":" + ref + ":" + alt);
    assertThat(record).as("ClinVar record 17:%s %s>%s", position, ref, alt).isNotNull();
    assertThat(info(record).get("CLNSIG")).isEqualTo(clinvarClass);

    GermlineClassification c = GermlineClassifier.acmg().classify(germline(record)).orElseThrow();

    assertThat(c.labels()).isEqualTo(codes);
    assertThat(c.acmgClass().abbreviation()).isEqualTo(gms);
    assertThat(c.reportable()).isEqualTo(gms.equals("P") || gms.equals("LP"));
  }

  @Test
  void aTumourNormalReportListsOnlyTheReportableGermlineVariantsInJsonAndHtml() throws Exception {
    List<SomaticVariant> germline =
        List.of(
                "17:43071011:C:A", // nonsense, ClinVar P
                "17:43074486:C:G", // missense, ClinVar B
                "17:43046604:A:G") // intronic, common, ClinVar B
            .stream()
            .map(clinvar::get)
            .map(ClinvarGermlineTest::germline)
            .toList();
    TumourSample sample = new TumourSample("T1", "GRCh38", "", List.of(), germline, List.of());
    SomaticReport report =
        SomaticAnalysis.create(SomaticSettings.bundled())
            .analyse(sample, TumourTypes.bundled().resolve("BREAST"), List.of(), List.of());

    assertThat(report.germline()).hasSize(1);
    GermlineFinding finding = report.germline().get(0);
    assertThat(finding.gene()).isEqualTo("BRCA1");
    assertThat(finding.acmgClass()).isEqualTo("LP");
    assertThat(finding.acmgCodes()).startsWith("PVS1 (").contains("PM2_Supporting (");
    assertThat(report.limitations())
        .anySatisfy(l -> assertThat(l).contains("1 pathogenic/likely pathogenic reported, 2 of"));
    assertThat(report.guidelines()).anySatisfy(g -> assertThat(g).startsWith("Germline: ACMG"));

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    SomaticReportJson.write(report, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"acmgClass\"").contains("\"LP\"");
    assertThat(SomaticReportHtml.render(report)).contains("<b>LP</b>").contains("PVS1");
  }

  /** The ClinVar record as a germline call annotated by GMS on BRCA1's MANE Select transcript. */
  private static SomaticVariant germline(String[] record) {
    SequenceVariant variant =
        SequenceVariant.of(record[0], Long.parseLong(record[1]), record[3], record[4]);
    TranscriptAnnotation a =
        annotator.annotate(variant, record[2]).annotations().stream()
            .filter(t -> "BRCA1".equals(t.gene()) && t.maneSelect())
            .findFirst()
            .orElseThrow();
    Map<String, String> info = info(record);
    double af =
        List.of("AF_EXAC", "AF_ESP", "AF_TGP").stream()
            .filter(info::containsKey)
            .mapToDouble(k -> Double.parseDouble(info.get(k)))
            .max()
            .orElse(0);
    String terms = a.consequences().stream().map(c -> c.term()).collect(Collectors.joining("&"));
    return new SomaticVariant(
        "BRCA1",
        "chr17",
        Long.parseLong(record[1]),
        record[3],
        record[4],
        VariantClass.fromSequenceOntology(terms, record[3].length(), record[4].length()),
        a.hgvsp() == null ? "" : ProteinChanges.shortForm(a.hgvsp()),
        a.hgvsc(),
        a.exon(),
        -1,
        -1,
        Double.NaN,
        af,
        SomaticVariant.InSilico.UNKNOWN,
        "ClinVar " + record[2]);
  }

  private static Map<String, String> info(String[] record) {
    Map<String, String> m = new HashMap<>();
    for (String kv : record[7].split(";")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        m.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return m;
  }
}
