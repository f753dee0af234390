package org.gms.genomics.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.transcript.Accession;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.ManeEntry;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.variant.SequenceVariant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HGVS c. and p. of the published causative variants in phenopacket-store (external truth) for
 * every gene whose MANE transcript is among the shared transcript models: the phenopacket names the
 * MANE RefSeq transcript; its Ensembl twin (by the MANE summary) is annotated from the
 * phenopacket's GRCh38 VCF coordinates.
 */
class PhenopacketHgvsConcordanceTest {

  private record Case(String gene, SequenceVariant variant, String hgvsc, String hgvsp) {}

  @Test
  void publishedHgvsAgreesWithOurs() throws IOException {
    Path cohorts = SharedReference.path("phenopackets/cohorts");
    List<Transcript> transcripts = new ArrayList<>(TranscriptData.cellbase());
    transcripts.addAll(TranscriptData.chr21());
    Annotator annotator =
        Annotator.builder(transcripts)
            .sequences(TranscriptData.cellbaseCdna().and(TranscriptData.chr21Cds()))
            .genome(TranscriptData.genome())
            .build();
    GeneCatalog catalog = GeneCatalog.bundled();
    Set<String> genes =
        transcripts.stream().map(t -> t.gene().symbol()).collect(Collectors.toSet());
    java.util.Map<String, int[]> byGene = new java.util.TreeMap<>();
    int cases = 0;
    int cComputed = 0;
    int cEqual = 0;
    int pComputed = 0;
    int pEqual = 0;
    List<String> mismatches = new ArrayList<>();
    for (Case c : cases(cohorts, genes)) {
      String refseq = c.hgvsc().substring(0, c.hgvsc().indexOf(':'));
      Optional<ManeEntry> mane = catalog.mane(Accession.parse(refseq));
      if (mane.isEmpty()) {
        continue;
      }
      String ensembl = mane.get().ensemblTranscript().base();
      Optional<TranscriptAnnotation> ours = annotator.annotate(c.variant()).forTranscript(ensembl);
      if (ours.isEmpty()) {
        continue; // the gene's MANE transcript is not among the models
      }
      cases++;
      int[] gene =
          byGene.computeIfAbsent(c.gene() + " " + ours.get().transcript(), k -> new int[5]);
      gene[0]++;
      String ourC = description(ours.get().hgvsc());
      String ourP = description(ours.get().hgvsp());
      if (ourC != null) {
        cComputed++;
        gene[1]++;
        if (ourC.equals(description(c.hgvsc()))) {
          cEqual++;
          gene[2]++;
        } else {
          mismatches.add(c + " ours " + ours.get().hgvsc());
        }
      }
      if (ourP != null && c.hgvsp() != null) {
        pComputed++;
        gene[3]++;
        if (ourP.equals(description(c.hgvsp()))) {
          pEqual++;
          gene[4]++;
        } else {
          mismatches.add(c + " ours " + ours.get().hgvsp());
        }
      }
    }
    System.out.printf(
        "Phenopacket cases on available MANE transcripts: %d%n"
            + "HGVS c. computed %d, equal to published %d (%.1f%%)%n"
            + "HGVS p. computed %d, equal to published %d (%.1f%%)%n",
        cases,
        cComputed,
        cEqual,
        100.0 * cEqual / cComputed,
        pComputed,
        pEqual,
        100.0 * pEqual / pComputed);
    byGene.forEach(
        (gene, n) ->
            System.out.printf(
                "  %-28s cases %3d  c. %3d/%3d  p. %3d/%3d%n", gene, n[0], n[2], n[1], n[4], n[3]));
    mismatches.forEach(m -> System.out.println("  mismatch: " + m));
    assertThat(cases).isGreaterThanOrEqualTo(150);
    assertThat(cComputed).isGreaterThanOrEqualTo(90);
    assertThat((double) cEqual / cComputed).isGreaterThanOrEqualTo(0.96);
    assertThat((double) pEqual / pComputed).isGreaterThanOrEqualTo(0.98);
  }

  private static String description(String hgvs) {
    return hgvs == null ? null : hgvs.substring(hgvs.indexOf(':') + 1);
  }

  private static List<Case> cases(Path cohorts, Set<String> genes) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Case> cases = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> dirs = Files.list(cohorts)) {
      files =
          dirs.filter(d -> genes.contains(d.getFileName().toString()))
              .flatMap(PhenopacketHgvsConcordanceTest::jsonFiles)
              .sorted()
              .toList();
    }
    for (Path file : files) {
      for (JsonNode interpretation : json.readTree(file).path("interpretations")) {
        for (JsonNode gi : interpretation.path("diagnosis").path("genomicInterpretations")) {
          JsonNode descriptor = gi.path("variantInterpretation").path("variationDescriptor");
          JsonNode vcf = descriptor.path("vcfRecord");
          String gene = descriptor.path("geneContext").path("symbol").asString("");
          if (vcf.isMissingNode()
              || !genes.contains(gene)
              || !vcf.path("genomeAssembly").asString("").toLowerCase().matches("hg38|grch38")) {
            continue;
          }
          String hgvsc = null;
          String hgvsp = null;
          for (JsonNode expression : descriptor.path("expressions")) {
            String syntax = expression.path("syntax").asString("");
            if (syntax.equals("hgvs.c")) {
              hgvsc = expression.path("value").asString();
            } else if (syntax.equals("hgvs.p")) {
              hgvsp = expression.path("value").asString();
            }
          }
          if (hgvsc == null) {
            continue;
          }
          cases.add(
              new Case(
                  gene,
                  SequenceVariant.of(
                      vcf.path("chrom").asString(),
                      vcf.path("pos").asLong(),
                      vcf.path("ref").asString(),
                      vcf.path("alt").asString()),
                  hgvsc,
                  hgvsp));
        }
      }
    }
    return cases;
  }

  private static Stream<Path> jsonFiles(Path dir) {
    try {
      return Files.list(dir).filter(f -> f.toString().endsWith(".json")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
