package org.gms.genomics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gms.genomics.SharedReference;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.interpretation.ClassifiedVariant;
import org.gms.genomics.interpretation.GenePanel;
import org.gms.genomics.interpretation.GeneScope;
import org.gms.genomics.interpretation.PanelConfidence;
import org.gms.genomics.interpretation.PanelGene;
import org.gms.genomics.interpretation.RankedCandidate;
import org.gms.genomics.interpretation.Tier;
import org.gms.genomics.interpretation.acmg.EvidenceCode;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.interpretation.pedigree.PedigreeException;
import org.gms.genomics.phenotype.GenePrioritiser;
import org.gms.genomics.phenotype.PatientPhenotype;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptModels;
import org.gms.genomics.transcript.TranscriptSequences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published case run end to end: FBXO11, PMID 30057029 individual 10 (GA4GH phenopacket-store),
 * whose de novo frameshift and HPO terms are the paper's. The diagnosis, the gene and the HGVS are
 * the publication's, not ours. The decoys are real ClinVar pathogenic BRCA1 variants.
 */
class FamilyAnalysisTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CASE = "phenopackets/cohorts/FBXO11/PMID_30057029_Individual_10.json";
  private static final String TRIO_PED =
      "fam child father mother 1 2\nfam father 0 0 1 1\nfam mother 0 0 2 1\n";

  private static Annotator annotator;
  private static ReferenceGenome genome;
  private static PhenotypeKnowledge knowledge;
  private static JsonNode phenopacket;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    Path transcripts = SharedReference.path("transcripts/cellbase-32genes");
    phenopacket = JSON.readTree(Files.readString(SharedReference.path(CASE)));
    List<Transcript> models =
        GeneCatalog.bundled()
            .enrich(TranscriptModels.read(transcripts.resolve("cellbase_grch38.gtf")));
    genome =
        ReferenceGenome.fromFasta(
            GenomeBuild.GRCh38, transcripts.resolve("cellbase_grch38.regions.fa"));
    annotator =
        Annotator.builder(models)
            .sequences(
                TranscriptSequences.readFasta(transcripts.resolve("cellbase_grch38.cdna.fa")))
            .genome(genome)
            .build();
    knowledge = PhenotypeKnowledge.bundled();
  }

  @Test
  void thePublishedDeNovoFrameshiftRanksFirstWithThePublishedHgvs() {
    AnalysisReport report = analyse(GeneScope.geneAgnostic(), trio());

    RankedCandidate first = report.interpretation().candidates().get(0);
    ClassifiedVariant variant = first.candidate().variants().get(0);
    assertThat(first.candidate().gene()).isEqualTo(gene());
    // the paper: NM_001190274.2:c.506_507del; ENST00000403359 is the same MANE Select transcript
    assertThat(variant.candidate().hgvsc())
        .startsWith("ENST00000403359.")
        .endsWith(":c.506_507del");
    assertThat(variant.classification().acmgClass().atLeastLikelyPathogenic()).isTrue();
    assertThat(variant.classification().evidence())
        .extracting(e -> e.code())
        .contains(EvidenceCode.PVS1);
    assertThat(first.candidate().inheritance().pattern().name()).isEqualTo("DE_NOVO");
    assertThat(report.counts().records()).isEqualTo(3);
  }

  @Test
  void theDiagnosedDiseaseExplainsThePhenotypeInTheJson() throws Exception {
    AnalysisReport report = analyse(GeneScope.geneAgnostic(), trio());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalysisReportJson.write(report, 10, out);

    JsonNode json = JSON.readTree(out.toByteArray());
    JsonNode first = json.get("candidates").get(0);
    assertThat(first.get("gene").asString()).isEqualTo(gene());
    assertThat(first.get("variants").get(0).get("genotypes").get("child").asString())
        .isEqualTo("0/1");
    assertThat(first.get("variants").get(0).get("genotypes").get("father").asString())
        .isEqualTo("0/0");
    String diagnosed = phenopacket.at("/interpretations/0/diagnosis/disease/id").asString();
    assertThat(first.at("/phenotypeMatch/diseases/0/id").asString()).isEqualTo(diagnosed);
    // named as the publication's diagnosis is (the bundled names come from HPO's phenotype.hpoa)
    assertThat(first.at("/phenotypeMatch/diseases/0/name").asString())
        .isEqualTo(phenopacket.at("/interpretations/0/diagnosis/disease/label").asString());
    assertThat(first.at("/phenotypeMatch/diseases/0/terms").size()).isPositive();
    assertThat(json.get("proband").asString()).isEqualTo("child");
  }

  @Test
  void aGreenPanelGeneWithAMatchingModeIsTierOne() {
    GenePanel panel =
        new GenePanel(
            "test panel",
            "1.0",
            List.of(
                PanelGene.of(
                    gene(), PanelConfidence.GREEN, Set.of(InheritanceMode.AUTOSOMAL_DOMINANT))));
    AnalysisReport report = analyse(GeneScope.panel(panel, false), trio());

    assertThat(report.interpretation().candidates()).hasSize(1);
    assertThat(report.interpretation().candidates().get(0).tier()).isEqualTo(Tier.TIER_1);
  }

  @Test
  void theHtmlNamesTheGeneTheDiseaseAndTheGenotypes() {
    String html = AnalysisReportHtml.render(analyse(GeneScope.geneAgnostic(), trio()), 10);

    assertThat(html)
        .contains("<td>" + gene() + "</td>")
        .contains(phenopacket.at("/interpretations/0/diagnosis/disease/id").asString())
        .contains("child: 0/1")
        .contains("Tier 3");
  }

  /**
   * ClinVar (2026-02-26 subset) holds BRCA1 p.Ser1841Arg twice, as c.5521A>C (37681) and c.5523T>G
   * (869006), and at Tyr1853 the pathogenic changes to Ser (865016) and Asn (433738).
   */
  @Test
  void clinvarsPathogenicMissenseChangesGivePs1AndPm5() {
    Path vcf =
        familyVcf()
            .variant("chr17", 43_045_749, "T", "G", "0/1", "0/1", "0/0")
            .variant("chr17", 43_045_713, "A", "G", "0/1", "0/1", "0/0")
            .write(dir.resolve("brca1.vcf"));
    Path clinvar = SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz");
    FamilyAnalysis analysis = dominantTrio().clinvar(clinvar).build();

    List<ClassifiedVariant> variants =
        analysis.run(vcf).interpretation().candidates().stream()
            .flatMap(c -> c.candidate().variants().stream())
            .toList();

    assertThat(evidence(variants, "p.(Ser1841Arg)", EvidenceCode.PS1)).contains("ClinVar 869006");
    assertThat(evidence(variants, "p.(Tyr1853His)", EvidenceCode.PM5))
        .contains("ClinVar 865016")
        .contains("ClinVar 433738");
  }

  /**
   * The predictor scores a VCF carries (as VEP/dbNSFP and SpliceAI add them) reach the JSON the
   * scientist's table reads, per variant; a variant without them has none, not zeros. The values
   * are illustrative annotations on the real ClinVar BRCA1 missense p.(Tyr1853His).
   */
  @Test
  void thePredictorScoresOfTheVcfAreInTheJsonPerVariant() throws Exception {
    Path vcf =
        familyVcf()
            .annotated(
                "chr17",
                43_045_713,
                "A",
                "G",
                "REVEL=0.913;CADD_PHRED=26.4;SpliceAI=G|BRCA1|0.00|0.01|0.02|0.00|1|-3|5|2",
                "0/1",
                "0/1",
                "0/0")
            .variant("chr17", 43_045_749, "T", "G", "0/1", "0/1", "0/0")
            .write(dir.resolve("scored.vcf"));
    FamilyAnalysis analysis = dominantTrio().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalysisReportJson.write(analysis.run(vcf), 10, out);

    JsonNode scored = null;
    JsonNode plain = null;
    for (JsonNode candidate : JSON.readTree(out.toByteArray()).get("candidates")) {
      for (JsonNode variant : candidate.get("variants")) {
        if (variant.get("pos").asLong() == 43_045_713L) {
          scored = variant;
        } else if (variant.get("pos").asLong() == 43_045_749L) {
          plain = variant;
        }
      }
    }
    assertThat(scored).as("the scored variant is a candidate").isNotNull();
    assertThat(scored.at("/scores/REVEL").asDouble()).isEqualTo(0.913);
    assertThat(scored.at("/scores/CADD_PHRED").asDouble()).isEqualTo(26.4);
    assertThat(scored.at("/scores/SPLICEAI").asDouble()).isEqualTo(0.02);
    assertThat(plain).as("the unscored variant is a candidate").isNotNull();
    assertThat(plain.get("scores").size()).isZero();
  }

  private static String evidence(
      List<ClassifiedVariant> variants, String hgvsp, EvidenceCode code) {
    return variants.stream()
        .filter(v -> v.candidate().hgvsp() != null && v.candidate().hgvsp().endsWith(hgvsp))
        .flatMap(v -> v.classification().evidence().stream())
        .filter(e -> e.code() == code)
        .map(e -> e.reason())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " for " + hgvsp + " in " + variants));
  }

  @Test
  void aMultiSampleVcfWithoutPedIsRefusedNamingTheSamples() {
    Path vcf = familyVcf().write(dir.resolve("trio.vcf"));
    FamilyAnalysis analysis =
        FamilyAnalysis.builder(annotator, GenomeBuild.GRCh38, GeneScope.geneAgnostic())
            .reference(genome)
            .build();

    assertThatThrownBy(() -> analysis.run(vcf))
        .isInstanceOf(PedigreeException.class)
        .hasMessageContaining("trio.vcf has 3 samples (child, father, mother)")
        .hasMessageContaining("PED");
  }

  @Test
  void aPedThatSharesNoIndividualWithTheVcfIsRefused() {
    Pedigree other = PedReader.parse("fam a b c 1 2\nfam b 0 0 1 1\nfam c 0 0 2 1\n", "other.ped");
    Path vcf = familyVcf().write(dir.resolve("trio.vcf"));

    assertThatThrownBy(() -> analysis(GeneScope.geneAgnostic(), other).run(vcf))
        .isInstanceOf(PedigreeException.class)
        .hasMessageContaining("other.ped")
        .hasMessageContaining("child");
  }

  @Test
  void aFatherWithHeterozygousXCallsIsASexConflict() {
    FamilyVcf vcf = familyVcf();
    for (int i = 0; i < 30; i++) {
      vcf.variant("chrX", 20_000_000L + 1_000L * i, "A", "G", "0/0", "0/1", "0/0");
    }
    Path file = vcf.write(dir.resolve("sex.vcf"));

    assertThatThrownBy(() -> analysis(GeneScope.geneAgnostic(), trioPed()).run(file))
        .isInstanceOf(PedigreeException.class)
        .hasMessageContaining("father")
        .hasMessageContaining("heterozygous (at most")
        .hasMessageContaining("check the sex in the PED");
  }

  /**
   * An analysis of any gene, without phenotype, of a trio whose father is affected as the child is
   * (a dominant family: ad.ped); to finish.
   */
  private FamilyAnalysis.Builder dominantTrio() {
    return FamilyAnalysis.builder(annotator, GenomeBuild.GRCh38, GeneScope.geneAgnostic())
        .reference(genome)
        .pedigree(
            PedReader.parse(
                "fam child father mother 1 2\nfam father 0 0 1 2\nfam mother 0 0 2 1\n", "ad.ped"));
  }

  private AnalysisReport analyse(GeneScope scope, Path vcf) {
    return analysis(scope, trioPed()).run(vcf);
  }

  private FamilyAnalysis analysis(GeneScope scope, Pedigree pedigree) {
    return FamilyAnalysis.builder(annotator, GenomeBuild.GRCh38, scope)
        .reference(genome)
        .pedigree(pedigree)
        .phenotype(
            new PhenotypeMatching(
                knowledge,
                GenePrioritiser.likelihoodRatio(knowledge),
                PatientPhenotype.resolve(
                    knowledge.ontology(),
                    terms(false),
                    terms(true),
                    PatientPhenotype.UnresolvedIds.SKIP)))
        .build();
  }

  private static Pedigree trioPed() {
    return PedReader.parse(TRIO_PED, "trio.ped");
  }

  /** The case's variant de novo in the child, beside real pathogenic BRCA1 decoys. */
  private Path trio() {
    JsonNode record =
        phenopacket.at(
            "/interpretations/0/diagnosis/genomicInterpretations/0/variantInterpretation"
                + "/variationDescriptor/vcfRecord");
    return familyVcf()
        .variant(
            record.get("chrom").asString(),
            record.get("pos").asLong(),
            record.get("ref").asString(),
            record.get("alt").asString(),
            "0/1",
            "0/0",
            "0/0")
        // ClinVar 55124-like frameshift and 2445397 missense in BRCA1 (pathogenic)
        .variant("chr17", 43_090_945, "TGA", "T", "0/1", "0/0", "0/0")
        .variant("chr17", 43_094_578, "T", "A", "0/1", "0/1", "0/0")
        .write(dir.resolve("trio.vcf"));
  }

  private static FamilyVcf familyVcf() {
    return FamilyVcf.samples("child", "father", "mother");
  }

  private static String gene() {
    return phenopacket
        .at(
            "/interpretations/0/diagnosis/genomicInterpretations/0/variantInterpretation"
                + "/variationDescriptor/geneContext/symbol")
        .asString();
  }

  private static List<String> terms(boolean excluded) {
    List<String> terms = new ArrayList<>();
    for (JsonNode feature : phenopacket.get("phenotypicFeatures")) {
      if (feature.path("excluded").asBoolean(false) == excluded) {
        terms.add(feature.at("/type/id").asString());
      }
    }
    return terms;
  }
}
