package org.gms.genomics.pgx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gms.genomics.pgx.diplotype.Diplotype;
import org.gms.genomics.pgx.diplotype.GeneCall;
import org.gms.genomics.pgx.phenotype.PhenotypeCall;

/**
 * One gene of a sample: the call and what each called diplotype means.
 *
 * @param call the diplotype call (or why there is none)
 * @param interpretations one per called diplotype, in the call's order
 * @param notes for people: what limits the interpretation (e.g. no phenotype table)
 */
public record GeneReport(GeneCall call, List<Interpretation> interpretations, List<String> notes) {

  public GeneReport {
    Objects.requireNonNull(call, "call");
    interpretations = List.copyOf(interpretations);
    notes = List.copyOf(notes);
  }

  public String gene() {
    return call.gene();
  }

  /**
   * A diplotype with its CPIC and DPWG translations.
   *
   * @param diplotype the diplotype
   * @param cpic the CPIC translation, or null when CPIC has no table for the gene
   * @param dpwg the DPWG translation, or null when DPWG has no table for the gene
   */
  public record Interpretation(Diplotype diplotype, PhenotypeCall cpic, PhenotypeCall dpwg) {
    public Interpretation {
      Objects.requireNonNull(diplotype, "diplotype");
    }

    /** The CPIC translation, else the DPWG one. */
    public Optional<PhenotypeCall> primary() {
      return Optional.ofNullable(cpic != null ? cpic : dpwg);
    }
  }

  /** The phenotype, when every called diplotype has the same one (CPIC first, else DPWG). */
  public Optional<String> phenotype() {
    return agreed(true);
  }

  /** The activity score, when every called diplotype has the same one. */
  public Optional<String> activityScore() {
    return agreed(false);
  }

  private Optional<String> agreed(boolean phenotype) {
    List<String> values =
        interpretations.stream()
            .map(
                i ->
                    i.primary()
                        .map(p -> phenotype ? p.phenotype() : p.activityScore())
                        .orElse(null))
            .distinct()
            .toList();
    return values.size() == 1 ? Optional.ofNullable(values.get(0)) : Optional.empty();
  }
}
