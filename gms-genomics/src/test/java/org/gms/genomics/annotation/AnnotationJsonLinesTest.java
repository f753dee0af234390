package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.variant.AlleleKind;
import org.gms.genomics.variant.GenomicPosition;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Lines output carries what the issue asks for, with ClinVar's classification. */
class AnnotationJsonLinesTest {

  @Test
  void oneObjectPerAlleleWithTranscriptsAndClinvar() {
    Annotator annotator =
        TranscriptData.brca1Annotator()
            .clinvar(
                ClinvarLookup.readVcf(
                    SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz")))
            .build();
    StringWriter text = new StringWriter();
    try (AnnotationJsonLines out = new AnnotationJsonLines(text)) {
      out.write(annotator.annotate(SequenceVariant.of("17", 43_124_027, "ACT", "A"), "rs80357914"));
      out.write(annotator.annotate(SequenceVariant.of("17", 42_500_000, "C", "T"), null));
    }
    String[] lines = text.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonMapper json = JsonMapper.builder().build();

    JsonNode first = json.readTree(lines[0]);
    assertThat(first.path("chrom").asString()).isEqualTo("17");
    assertThat(first.path("pos").asLong()).isEqualTo(43_124_027);
    assertThat(first.path("id").asString()).isEqualTo("rs80357914");
    JsonNode mane = first.path("annotations").get(0); // MANE Select first
    assertThat(mane.path("transcript").asString()).isEqualTo("ENST00000357654");
    assertThat(mane.path("maneSelect").asBoolean()).isTrue();
    assertThat(mane.path("gene").asString()).isEqualTo("BRCA1");
    assertThat(mane.path("hgncId").asString()).isEqualTo("HGNC:1100");
    assertThat(mane.path("consequences").get(0).asString()).isEqualTo("frameshift_variant");
    assertThat(mane.path("exon").asString()).isEqualTo("2/23");
    assertThat(mane.path("intron").isNull()).isTrue();
    assertThat(mane.path("hgvsc").asString()).isEqualTo("ENST00000357654:c.68_69del");
    assertThat(mane.path("hgvsp").asString()).isEqualTo("ENSP00000350283.3:p.(Glu23ValfsTer17)");
    // ClinVar 17662: Pathogenic, reviewed by expert panel
    assertThat(first.path("clinvar").path("significance").asString()).isEqualTo("Pathogenic");
    assertThat(first.path("clinvar").path("reviewStatus").asString())
        .isEqualTo("reviewed by expert panel");

    JsonNode second = json.readTree(lines[1]);
    assertThat(second.path("id").isNull()).isTrue();
    assertThat(second.path("clinvar").isNull()).isTrue();
    assertThat(second.path("annotations").get(0).path("consequences").get(0).asString())
        .isEqualTo("intergenic_variant");
  }

  @Test
  void clinvarMatchesWhateverPaddingTheInputUses() {
    ClinvarLookup clinvar =
        ClinvarLookup.readVcf(
            SharedReference.path("clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz"));
    // ClinVar writes c.68_69del as 17:43124027 ACT>A; a caller may pad differently
    assertThat(clinvar.find(SequenceVariant.of("17", 43_124_027, "ACT", "A")))
        .hasValueSatisfying(a -> assertThat(a.variationId()).isEqualTo("17662"));
    assertThat(clinvar.find(SequenceVariant.of("chr17", 43_124_027, "ACTT", "AT")))
        .hasValueSatisfying(a -> assertThat(a.variationId()).isEqualTo("17662"));
    assertThat(clinvar.find(SequenceVariant.of("17", 43_124_027, "AC", "A"))).isEmpty();
    // 67,008 records carry CLNSIG; 9 of them have no ALT allele
    assertThat(clinvar.size()).isEqualTo(66_999);
  }

  @ParameterizedTest(name = "{0} ({1}) -> flag {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "<DEL>;          SYMBOLIC;          symbolic_allele",
        "<DUP:TANDEM>;   SYMBOLIC;          symbolic_allele",
        "<INS>;          SYMBOLIC;          symbolic_allele",
        "<NON_REF>;      SYMBOLIC;          symbolic_allele",
        "*;              SPANNING_DELETION; spanning_deletion",
        "G]17:198982];   BREAKEND;          breakend",
      })
  void allelesWithoutBasesStillGetTheirObjectSayingWhyTheyAreNotAnnotated(
      String alt, AlleleKind kind, String flag) {
    NotAnnotated allele =
        new NotAnnotated(
            new GenomicPosition("17", 43_044_295), "G", alt, "sv1", NotAnnotated.Reason.of(kind));
    StringWriter text = new StringWriter();
    try (AnnotationJsonLines out = new AnnotationJsonLines(text, GeneConstraints.bundled())) {
      out.write(allele);
    }

    JsonNode line = JsonMapper.builder().build().readTree(text.toString());
    assertThat(line.path("chrom").asString()).isEqualTo("17");
    assertThat(line.path("pos").asLong()).isEqualTo(43_044_295);
    assertThat(line.path("ref").asString()).isEqualTo("G");
    assertThat(line.path("alt").asString()).isEqualTo(alt);
    assertThat(line.path("id").asString()).isEqualTo("sv1");
    assertThat(line.path("annotations").isArray()).isTrue();
    assertThat(line.path("annotations")).isEmpty();
    assertThat(line.path("clinvar").isNull()).isTrue();
    assertThat(line.path("flags").get(0).asString()).isEqualTo(flag);
    assertThat(line.path("note").asString()).contains(alt);
  }

  @Test
  void sequenceAllelesCannotBeNotAnnotated() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> NotAnnotated.Reason.of(AlleleKind.SEQUENCE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Truth: gnomAD v2.1.1 lof_metrics.by_gene as shared (BRCA1 pLI 9.2157e-29, LOEUF 0.915). */
  @Test
  void eachTranscriptAnnotationCarriesItsGenesGnomadConstraint() {
    Annotator annotator = TranscriptData.brca1Annotator().build();
    GeneConstraints upstream =
        GeneConstraints.read(
            SharedReference.path("genes/gnomad.v2.1.1.gene-constraints.tsv.gz"), "gnomAD v2.1.1");
    StringWriter text = new StringWriter();
    try (AnnotationJsonLines out = new AnnotationJsonLines(text, upstream)) {
      out.write(annotator.annotate(SequenceVariant.of("17", 43_124_027, "ACT", "A"), null));
      out.write(annotator.annotate(SequenceVariant.of("17", 42_500_000, "C", "T"), null));
    }
    String[] lines = text.toString().split("\n");
    JsonMapper json = JsonMapper.builder().build();

    JsonNode annotations = json.readTree(lines[0]).path("annotations");
    assertThat(annotations.size()).isGreaterThan(1);
    for (JsonNode annotation : annotations) {
      JsonNode constraint = annotation.path("geneConstraint");
      assertThat(constraint.path("source").asString()).isEqualTo("gnomAD v2.1.1");
      assertThat(constraint.path("loeuf").asDouble()).isEqualTo(0.915);
      assertThat(constraint.path("pLI").asDouble()).isEqualTo(9.2157e-29);
    }
    JsonNode intergenic = json.readTree(lines[1]).path("annotations").get(0);
    assertThat(intergenic.has("geneConstraint")).isTrue();
    assertThat(intergenic.path("geneConstraint").isNull()).isTrue();
  }

  @Test
  void withoutConstraintsTheKeyIsLeftOut() {
    StringWriter text = new StringWriter();
    try (AnnotationJsonLines out = new AnnotationJsonLines(text)) {
      out.write(
          new VariantAnnotation(
              SequenceVariant.of("17", 42_500_000, "C", "T"),
              null,
              List.of(
                  new TranscriptAnnotation(
                      null,
                      null,
                      null,
                      false,
                      List.of(Consequence.INTERGENIC_VARIANT),
                      null,
                      null,
                      null,
                      null)),
              null));
    }
    assertThat(text.toString()).doesNotContain("geneConstraint").contains("intergenic_variant");
  }
}
