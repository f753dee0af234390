package org.gms.genomics.cancer.germline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.LoadedOnce;
import org.gms.genomics.cancer.input.TabularFile;
import org.gms.genomics.cancer.knowledge.KnowledgeSource;

/**
 * The cancer predisposition genes whose germline variants are classified, each with its disease
 * mechanism: the 28 cancer genes of the ACMG secondary findings list v3.2 (Miller et al., Genet Med
 * 2023;25:100866) and six genes green on Genomics England PanelApp hereditary breast, ovarian and
 * gastric cancer panels (ATM, CHEK2, RAD51C, RAD51D, BRIP1, CDH1).
 */
public final class PredispositionGenes {

  /** How germline variants of the gene cause cancer predisposition. */
  public enum Mechanism {
    /** Loss of function, heterozygous (PVS1 applies). */
    LOF,
    /** Loss of function of both alleles (MUTYH-associated polyposis). */
    LOF_BIALLELIC,
    /** Gain of function (RET in MEN2): PVS1 does not apply. */
    GAIN
  }

  /** One gene of the table. */
  public record Gene(String symbol, Mechanism mechanism, String source) {}

  private static final LoadedOnce<PredispositionGenes> BUNDLED =
      LoadedOnce.of(PredispositionGenes::load);

  private final Map<String, Gene> genes;

  private PredispositionGenes(Map<String, Gene> genes) {
    this.genes = Map.copyOf(genes);
  }

  public static PredispositionGenes bundled() {
    return BUNDLED.get();
  }

  private static PredispositionGenes load() {
    Map<String, Gene> genes = new HashMap<>();
    TabularFile.readResource(
        PredispositionGenes.class,
        "/org/gms/genomics/cancer/germline/predisposition-genes.tsv",
        f -> f.require("predisposition genes", "gene", "mechanism", "source"),
        (f, row) ->
            genes.put(
                row.get("gene"),
                new Gene(
                    row.get("gene"), Mechanism.valueOf(row.get("mechanism")), row.get("source"))));
    return new PredispositionGenes(genes);
  }

  public Optional<Gene> of(String symbol) {
    return Optional.ofNullable(genes.get(symbol));
  }

  public Set<String> symbols() {
    return genes.keySet();
  }

  public KnowledgeSource source() {
    return new KnowledgeSource(
        "Cancer predisposition genes (ACMG SF v3.2 cancer genes; PanelApp green)",
        "2023",
        "gene lists: facts from publications");
  }
}
