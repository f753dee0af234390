package org.gms.server.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports knowledge releases as versions. Each import runs in one transaction; the same file (by
 * checksum) is imported once. Imports are for administrators (the command line acts as the system).
 */
public interface KnowledgeImports {

  /**
   * Imports a ClinVar VCF release (GRCh38, plain or bgzip): CHROM, POS, ID, REF, ALT and INFO
   * CLNSIG, CLNREVSTAT, GENEINFO, each allele under its variant key.
   *
   * @param label the release; null reads {@code ##fileDate} from the header (else the file name)
   * @param reanalyse whether to re-examine the stored cases the changes affect and raise alerts
   */
  KnowledgeImport importClinvar(
      Path vcf, String label, boolean reanalyse, Consumer<String> progress);

  /**
   * Imports an HPO {@code genes_to_phenotype.txt} (the 2023 or the current layout; gzip accepted).
   *
   * @param label the release; null takes it from the file name or the import date
   */
  KnowledgeImport importHpo(
      Path genesToPhenotype, String label, boolean reanalyse, Consumer<String> progress);

  /**
   * Imports PanelApp panels through the directory (which keeps every panel version) and records the
   * import as a PANEL knowledge version; unsolved cases whose panel has a gene that is green now
   * but was not in the version their analysis used raise alerts.
   *
   * @param files as {@code ./gms directory import --panelapp-tsv/--panelapp-json} takes them
   */
  KnowledgeImport importPanels(
      java.util.List<Path> files, boolean reanalyse, Consumer<String> progress);

  /** Every version, newest first. */
  List<KnowledgeVersion> versions();
}
