package org.gms.genomics.annotation;

import org.gms.genomics.variant.AlleleKind;
import org.gms.genomics.variant.GenomicPosition;

/**
 * An input ALT allele that carries no bases to annotate: it still gets its place in the output,
 * with no transcript annotations and the reason.
 *
 * @param start the record's position
 * @param ref the record's REF
 * @param alt the allele as written ({@code <DEL>}, {@code *}, {@code G]17:198982]}, ...)
 * @param id the record's ID, or null
 * @param reason why it was not annotated
 */
public record NotAnnotated(
    GenomicPosition start, String ref, String alt, String id, Reason reason) {

  public NotAnnotated {
    if (start == null || ref == null || alt == null || reason == null) {
      throw new IllegalArgumentException("A not-annotated allele needs position, REF, ALT, reason");
    }
  }

  /** Why an allele is not annotated: its kind, as a flag, and the explanation given with it. */
  public enum Reason {
    SYMBOLIC_ALLELE(
        "symbolic_allele",
        "symbolic allele %s: a structural variant or reference block described by its type, not"
            + " by bases; structural variants are not annotated"),
    SPANNING_DELETION(
        "spanning_deletion",
        "%s: this position lies in a deletion given in an overlapping record, which is annotated"
            + " there"),
    BREAKEND(
        "breakend",
        "breakend %s: one end of a rearrangement; structural variants are not annotated");

    private final String flag;
    private final String note;

    Reason(String flag, String note) {
      this.flag = flag;
      this.note = note;
    }

    /** The reason for an allele of this kind; SEQUENCE alleles are annotated and have none. */
    public static Reason of(AlleleKind kind) {
      return switch (kind) {
        case SYMBOLIC -> SYMBOLIC_ALLELE;
        case SPANNING_DELETION -> SPANNING_DELETION;
        case BREAKEND -> BREAKEND;
        case SEQUENCE -> throw new IllegalArgumentException("Sequence alleles are annotated");
      };
    }

    /** The output flag: {@code symbolic_allele}, {@code spanning_deletion} or {@code breakend}. */
    public String flag() {
      return flag;
    }

    /** The explanation for one allele, naming it. */
    public String note(String alt) {
      return String.format(java.util.Locale.ROOT, note, alt);
    }
  }
}
