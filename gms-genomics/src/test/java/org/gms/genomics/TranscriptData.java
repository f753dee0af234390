package org.gms.genomics;

import java.nio.file.Path;
import java.util.List;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptModels;
import org.gms.genomics.transcript.TranscriptSequences;

/**
 * The real transcript sets of the shared reference data, read once per test run (tests skip when
 * the data is absent).
 */
public final class TranscriptData {

  private TranscriptData() {}

  /** CellBase GRCh38 models of 32 genes (BRCA1, LDLR, NFIX, ...), completed from HGNC/MANE. */
  public static List<Transcript> cellbase() {
    cellbaseGtf();
    return Cellbase.TRANSCRIPTS;
  }

  /** The cDNA of the CellBase models. */
  public static TranscriptSequences cellbaseCdna() {
    cellbaseGtf();
    return Cellbase.CDNA;
  }

  /**
   * GRCh38 sequence: the 1.2 Mb BRCA1 region (chr17:42,425,000-43,600,000) and the CellBase genome
   * pieces (all of NFIX and chunks around other genes).
   */
  public static ReferenceGenome genome() {
    SharedReference.path("transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa");
    return Genome.GENOME;
  }

  /** An annotator of the CellBase BRCA1 transcripts, with their cDNA and the genome, to finish. */
  public static Annotator.Builder brca1Annotator() {
    return Annotator.builder(
            cellbase().stream().filter(t -> t.gene().symbol().equals("BRCA1")).toList())
        .sequences(cellbaseCdna())
        .genome(genome());
  }

  /** bcftools csq's test regions: GRCh38 pieces of six genes' loci. */
  public static ReferenceGenome bcftoolsRegions() {
    bcftoolsGff3();
    return Bcftools.GENOME;
  }

  /** An annotator of bcftools csq's test transcripts over {@link #bcftoolsRegions()}. */
  public static Annotator bcftoolsAnnotator() {
    bcftoolsGff3();
    return Bcftools.ANNOTATOR;
  }

  public static Path bcftoolsGff3() {
    return SharedReference.path("transcripts/bcftools-6regions/bcftools_csq_grch38.abs.gff3");
  }

  /** Ensembl 84 models of all of chr21 (no sequence), completed from HGNC/MANE. */
  public static List<Transcript> chr21() {
    chr21Gff3();
    return Chr21.TRANSCRIPTS;
  }

  /** Coding sequences of the chr21:25-26 Mb transcripts (VEP test cache). */
  public static TranscriptSequences chr21Cds() {
    chr21Gff3();
    return Chr21.CDS;
  }

  public static Path chr21Gff3() {
    return SharedReference.path("transcripts/vep-chr21/ensembl84.chr21.gff3.gz");
  }

  public static Path cellbaseGtf() {
    return SharedReference.path("transcripts/cellbase-32genes/cellbase_grch38.gtf");
  }

  private static final class Cellbase {
    static final List<Transcript> TRANSCRIPTS =
        GeneCatalog.bundled().enrich(TranscriptModels.read(cellbaseGtf()));
    static final TranscriptSequences CDNA =
        TranscriptSequences.readFasta(
            SharedReference.path("transcripts/cellbase-32genes/cellbase_grch38.cdna.fa"));
  }

  private static final class Bcftools {
    static final ReferenceGenome GENOME =
        ReferenceGenome.fromFasta(
            GenomeBuild.GRCh38,
            SharedReference.path("transcripts/bcftools-6regions/bcftools_csq_grch38.regions.fa"));
    static final Annotator ANNOTATOR =
        Annotator.builder(TranscriptModels.read(bcftoolsGff3())).genome(GENOME).build();
  }

  private static final class Chr21 {
    static final List<Transcript> TRANSCRIPTS =
        GeneCatalog.bundled().enrich(TranscriptModels.read(chr21Gff3()));
    static final TranscriptSequences CDS =
        TranscriptSequences.readFasta(
            SharedReference.path("transcripts/vep-chr21/vep84_chr21_25-26Mb.cds.fa"));
  }

  private static final class Genome {
    static final ReferenceGenome GENOME =
        ReferenceGenome.fromFasta(
            SharedReference.path("transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa"),
            SharedReference.path("transcripts/cellbase-32genes/cellbase_grch38.regions.fa"));
  }
}
