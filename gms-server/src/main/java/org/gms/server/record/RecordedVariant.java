package org.gms.server.record;

import org.gms.genomics.variant.VariantKey;
import org.gms.server.GmsException;

/**
 * A variant as a patient's record holds it: its build-aware, normalised key (the same variant in
 * two patients has the same key) and how it reads on the transcript it was reported on.
 *
 * @param transcript the transcript of the HGVS, e.g. {@code ENST00000357654.9}; may be empty
 * @param hgvsc the coding change, e.g. {@code c.5266dup}; may be empty
 * @param hgvsp the protein change, e.g. {@code p.(Gln1756ProfsTer74)}; may be empty
 */
public record RecordedVariant(
    VariantKey key, String gene, String transcript, String hgvsc, String hgvsp) {

  public RecordedVariant {
    if (key == null) {
      throw new GmsException("A recorded variant needs its key (build:contig:position:ref:alt).");
    }
    gene = gene == null ? "" : gene.strip();
    transcript = transcript == null ? "" : transcript.strip();
    hgvsc = hgvsc == null ? "" : hgvsc.strip();
    hgvsp = hgvsp == null ? "" : hgvsp.strip();
  }
}
