package org.gms.server.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where analyses find their inputs, under {@code gms.analysis}.
 *
 * @param dataDir VCFs are named relative to it and must lie inside it (default: {@code vcf} in the
 *     platform's data directory)
 * @param transcripts transcript models (GTF/GFF3); empty means the bundled 32-gene demonstration
 *     set (Ensembl models from CellBase, with their sequence), enough for the demonstration and the
 *     tests but not for a diagnostic service
 * @param transcriptSequences cDNA FASTA files for the models
 * @param reference genome FASTA files (pieces allowed)
 * @param clinvar ClinVar VCF for reported classifications and PS1/PM5, optional
 * @param lease how long a run stays claimed without a heartbeat before another worker takes it
 */
@ConfigurationProperties("gms.analysis")
public record AnalysisSettings(
    Path dataDir,
    List<Path> transcripts,
    List<Path> transcriptSequences,
    List<Path> reference,
    Path clinvar,
    Duration lease) {

  public AnalysisSettings {
    transcripts = transcripts == null ? List.of() : List.copyOf(transcripts);
    transcriptSequences =
        transcriptSequences == null ? List.of() : List.copyOf(transcriptSequences);
    reference = reference == null ? List.of() : List.copyOf(reference);
    lease = lease == null ? Duration.ofSeconds(60) : lease;
  }
}
