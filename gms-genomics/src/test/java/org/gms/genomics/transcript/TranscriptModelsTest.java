package org.gms.genomics.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gms.genomics.SharedReference;
import org.gms.genomics.TranscriptData;
import org.gms.genomics.reference.ReferenceGenome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the real transcript sets: each file checked against another, independent one. */
class TranscriptModelsTest {

  @Test
  void cellbaseGtfModelsAgreeWithTheirCdnaFasta() {
    List<Transcript> transcripts = TranscriptModels.read(TranscriptData.cellbaseGtf());
    TranscriptSequences cdna = TranscriptData.cellbaseCdna();

    assertThat(transcripts).hasSize(495);
    assertThat(cdna.size()).isEqualTo(495);
    // every model's exon total and coding start equal the cDNA file's length and cds= start
    assertThat(transcripts).allSatisfy(t -> assertThat(cdna.find(t)).isPresent());
  }

  @Test
  void brca1MinusStrandModel() {
    Transcript brca1 =
        byId(TranscriptModels.read(TranscriptData.cellbaseGtf())).get("ENST00000357654");

    assertThat(brca1.strand()).isEqualTo(Strand.MINUS);
    assertThat(brca1.exons()).hasSize(23);
    assertThat(brca1.start()).isEqualTo(43_044_295);
    assertThat(brca1.end()).isEqualTo(43_125_370);
    // the cDNA FASTA header says cds=120-5711; 5592 bases = 1863 codons + stop
    assertThat(brca1.cdsStartCdna()).isEqualTo(120);
    assertThat(brca1.cdsEndCdna()).isEqualTo(5711);
    assertThat(brca1.coding().startComplete()).isTrue();
    assertThat(brca1.coding().endComplete()).isTrue();
  }

  @Test
  void bcftoolsGff3ModelsTranslateFromTheirGenomicSequence() {
    Path gff3 = SharedReference.path("transcripts/bcftools-6regions/bcftools_csq_grch38.abs.gff3");
    ReferenceGenome genome =
        ReferenceGenome.fromFasta(
            SharedReference.path("transcripts/bcftools-6regions/bcftools_csq_grch38.regions.fa"));
    List<Transcript> transcripts = TranscriptModels.read(gff3);

    Transcript tnnt2 = byId(transcripts).get("ENST00000360372");
    assertThat(tnnt2.id()).hasToString("ENST00000360372.8");
    assertThat(tnnt2.proteinId()).hasToString("ENSP00000353535");
    assertThat(tnnt2.gene().symbol()).isEqualTo("TNNT2");
    assertThat(tnnt2.gene().hgncId()).hasToString("HGNC:11949"); // from the gene description
    assertThat(tnnt2.exons()).hasSize(14);

    List<Transcript> complete =
        transcripts.stream()
            .filter(t -> t.isCoding() && t.coding().startComplete() && t.coding().endComplete())
            .toList();
    // GHRL-204 ends in a partial codon (Ensembl end phase 2) without a cds_end_NF tag
    assertThat(byId(transcripts).get("ENST00000425479").coding().endComplete()).isFalse();
    assertThat(complete).hasSizeGreaterThan(20);
    for (Transcript t : complete) {
      String cds = codingSequence(t, genome);
      assertThat(cds.length() % 3).as("CDS length of %s", t.id()).isZero();
      assertThat(cds).as("start codon of %s", t.id()).startsWith("ATG");
      String last = cds.substring(cds.length() - 3);
      assertThat(stopCodonsIn(cds) - (isStop(last) ? 1 : 0))
          .as("inner stops of %s", t.id())
          .isZero();
      boolean threePrimeUtr =
          t.strand() == Strand.PLUS ? t.coding().end() < t.end() : t.coding().start() > t.start();
      if (threePrimeUtr) {
        assertThat(isStop(last)).as("last codon of %s", t.id()).isTrue();
      }
    }
  }

  @Test
  void ensemblGff3AgreesWithTheVepCacheExons() throws IOException {
    Map<String, Transcript> models = byId(TranscriptModels.read(TranscriptData.chr21Gff3()));
    Path cds = SharedReference.path("transcripts/vep-chr21/vep84_chr21_25-26Mb.cds.fa");
    int compared = 0;
    for (String header :
        Files.readAllLines(cds).stream().filter(l -> l.startsWith(">ENST")).toList()) {
      String[] fields = header.substring(1).split(" ");
      Accession id = Accession.parse(fields[0]);
      Transcript model = models.get(id.base());
      assertThat(model).as("model of %s", id).isNotNull();
      assertThat(model.id()).isEqualTo(id);
      String exons = field(fields, "exons=");
      String modelExons =
          model.exons().stream()
              .map(e -> e.start() + "-" + e.end())
              .collect(Collectors.joining(","));
      assertThat(modelExons).as("exons of %s", id).isEqualTo(exons);
      String coding = field(fields, "cdna_coding=");
      assertThat(model.cdsStartCdna() + "-" + model.cdsEndCdna())
          .as("coding of %s", id)
          .isEqualTo(coding);
      compared++;
    }
    assertThat(compared).isEqualTo(26);
  }

  @Test
  void refseqStyleGff3() throws IOException {
    // NCBI RefSeq GFF3 attribute conventions (ID=rna-..., Dbxref HGNC:HGNC:n, tag=MANE Select)
    Path file = Files.createTempFile("refseq", ".gff3");
    Files.write(
        file,
        List.of(
            "##gff-version 3",
            "NC_000017.11\tBestRefSeq\tgene\t43044295\t43125364\t.\t-\t.\tID=gene-BRCA1;"
                + "Dbxref=GeneID:672,HGNC:HGNC:1100,MIM:113705;Name=BRCA1;gbkey=Gene;gene=BRCA1;"
                + "gene_biotype=protein_coding",
            "NC_000017.11\tBestRefSeq\tmRNA\t43044295\t43125364\t.\t-\t.\tID=rna-NM_007294.4;"
                + "Parent=gene-BRCA1;Dbxref=Ensembl:ENST00000357654.9,GeneID:672,GenBank:NM_007294.4,"
                + "HGNC:HGNC:1100;Name=NM_007294.4;gbkey=mRNA;gene=BRCA1;tag=MANE Select;"
                + "transcript_id=NM_007294.4",
            "NC_000017.11\tBestRefSeq\texon\t43124017\t43125364\t.\t-\t.\tID=exon-NM_007294.4-2;"
                + "Parent=rna-NM_007294.4",
            "NC_000017.11\tBestRefSeq\texon\t43044295\t43045802\t.\t-\t.\tID=exon-NM_007294.4-1;"
                + "Parent=rna-NM_007294.4",
            "NC_000017.11\tBestRefSeq\tCDS\t43124017\t43124096\t.\t-\t0\tID=cds-NP_009225.1;"
                + "Parent=rna-NM_007294.4;protein_id=NP_009225.1",
            "NC_000017.11\tBestRefSeq\tCDS\t43045678\t43045802\t.\t-\t1\tID=cds-NP_009225.1;"
                + "Parent=rna-NM_007294.4;protein_id=NP_009225.1"));
    Transcript t = TranscriptModels.read(file).get(0);

    assertThat(t.id()).hasToString("NM_007294.4");
    assertThat(t.contig()).isEqualTo("17");
    assertThat(t.gene().symbol()).isEqualTo("BRCA1");
    assertThat(t.gene().hgncId()).hasToString("HGNC:1100");
    assertThat(t.maneSelect()).isTrue();
    assertThat(t.proteinId()).hasToString("NP_009225.1");
    assertThat(t.exons().get(0).start()).isEqualTo(43124017); // minus strand: 5' exon first
  }

  @Test
  void malformedLinesNameFileLineAndField(@TempDir Path dir) throws IOException {
    String line = Files.readAllLines(TranscriptData.cellbaseGtf()).get(1); // a real transcript line
    String[] columns = line.split("\t");
    columns[3] = "99850x61";
    Path broken = dir.resolve("broken.gtf");
    Files.write(broken, List.of("#header", String.join("\t", columns)));

    assertThatThrownBy(() -> TranscriptModels.read(broken))
        .isInstanceOf(TranscriptFileException.class)
        .hasMessageContaining("broken.gtf:2")
        .hasMessageContaining("start (column 4)")
        .hasMessageContaining("99850x61");

    Path unquoted = dir.resolve("unquoted.gtf");
    Files.write(
        unquoted,
        List.of(
            line.replace("transcript_id \"", "transcript_id \"X")
                .replace("gene_id \"ENSG00000162688\"; ", "")
                .replaceAll("transcript_id \"[^\"]*\";", "")));
    assertThatThrownBy(() -> TranscriptModels.read(unquoted))
        .isInstanceOf(TranscriptFileException.class)
        .hasMessageContaining("unquoted.gtf:1")
        .hasMessageContaining("transcript_id");
  }

  private static String codingSequence(Transcript t, ReferenceGenome genome) {
    StringBuilder cds = new StringBuilder();
    for (Exon exon : t.exons()) {
      long from = Math.max(exon.start(), t.coding().start());
      long to = Math.min(exon.end(), t.coding().end());
      if (from <= to) {
        String bases = genome.bases(t.contig(), from, to).orElseThrow();
        cds.append(t.strand() == Strand.PLUS ? bases : reverseComplement(bases));
      }
    }
    return cds.toString();
  }

  private static int stopCodonsIn(String cds) {
    int stops = 0;
    for (int i = 0; i + 3 <= cds.length(); i += 3) {
      stops += isStop(cds.substring(i, i + 3)) ? 1 : 0;
    }
    return stops;
  }

  private static boolean isStop(String codon) {
    return codon.equals("TAA") || codon.equals("TAG") || codon.equals("TGA");
  }

  private static String reverseComplement(String bases) {
    StringBuilder out = new StringBuilder();
    for (int i = bases.length() - 1; i >= 0; i--) {
      out.append(
          switch (bases.charAt(i)) {
            case 'A' -> 'T';
            case 'C' -> 'G';
            case 'G' -> 'C';
            case 'T' -> 'A';
            default -> 'N';
          });
    }
    return out.toString();
  }

  private static String field(String[] fields, String prefix) {
    for (String f : fields) {
      if (f.startsWith(prefix)) {
        return f.substring(prefix.length());
      }
    }
    return null;
  }

  private static Map<String, Transcript> byId(List<Transcript> transcripts) {
    return transcripts.stream()
        .collect(Collectors.toMap(t -> t.id().base(), Function.identity(), (a, b) -> a));
  }
}
