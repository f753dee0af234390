package org.gms.genomics.annotation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gms.genomics.constraint.GeneConstraint;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.variant.VcfFieldDefinition;
import org.gms.genomics.variant.VcfWriter;

/**
 * The {@code GMS_ANN} INFO field of an annotated VCF: one entry per ALT allele and transcript,
 * bar-separated subfields, entries comma-separated; an allele that is not annotated has one entry
 * with only Allele and Flags. Safe for concurrent use.
 */
final class GmsAnnField {

  static final String KEY = "GMS_ANN";

  private static final String SUBFIELDS =
      "Allele|Gene|HGNC_ID|Transcript|MANE_Select|Consequence|Exon|Intron|HGVSc|HGVSp"
          + "|ClinVar_significance|ClinVar_review_status|Flags|Gene_pLI|Gene_LOEUF";

  private final GeneConstraints constraints;
  private final Map<String, String> constraintFields = new ConcurrentHashMap<>();

  GmsAnnField(GeneConstraints constraints) {
    this.constraints = constraints;
  }

  /** The header line's definition of the field. */
  VcfFieldDefinition definition() {
    return new VcfFieldDefinition(
        KEY,
        ".",
        "String",
        "GMS annotation, one entry per ALT allele and transcript: "
            + SUBFIELDS
            + ". Consequences are Sequence Ontology terms joined by &; Flags "
            + VcfAnnotation.REFERENCE_UNAVAILABLE
            + " means the reference did not cover the allele (not normalised, no"
            + " sequence-based consequences); symbolic_allele, spanning_deletion or breakend"
            + " mean the allele was not annotated (one entry with only Allele and Flags);"
            + " Gene_pLI and Gene_LOEUF are the gene's "
            + constraints.version()
            + " loss-of-function constraint");
  }

  /**
   * Appends the entries of one allele (one per transcript; one with only Allele and Flags for an
   * allele that is not annotated), comma-separated from what is already there.
   */
  void append(StringBuilder out, AnnotatedAllele allele) {
    if (allele.notAnnotated() != null) {
      separate(out);
      subfield(out, allele.notAnnotated().alt()).append("||||||||||||");
      subfield(out, allele.notAnnotated().reason().flag()).append("||");
      return;
    }
    VariantAnnotation annotation = allele.annotation();
    ClinvarAssertion clinvar = annotation.clinvar();
    for (TranscriptAnnotation t : annotation.annotations()) {
      separate(out);
      subfield(out, annotation.variant().alt()).append('|');
      subfield(out, t.gene()).append('|');
      subfield(out, t.hgncId()).append('|');
      subfield(out, t.transcript()).append('|');
      out.append(t.maneSelect() ? "1|" : "|");
      List<Consequence> consequences = t.consequences();
      for (int i = 0; i < consequences.size(); i++) {
        out.append(i == 0 ? "" : "&").append(consequences.get(i).term());
      }
      out.append('|');
      subfield(out, t.exon()).append('|');
      subfield(out, t.intron()).append('|');
      subfield(out, t.hgvsc()).append('|');
      subfield(out, t.hgvsp()).append('|');
      subfield(out, clinvar == null ? null : clinvar.significance()).append('|');
      subfield(out, clinvar == null ? null : clinvar.reviewStatus()).append('|');
      List<String> flags = allele.flags();
      for (int i = 0; i < flags.size(); i++) {
        subfield(out.append(i == 0 ? "" : "&"), flags.get(i));
      }
      out.append('|');
      out.append(
          t.gene() == null
              ? "|"
              : constraintFields.computeIfAbsent(t.gene(), this::constraintFields));
    }
  }

  /** The Gene_pLI and Gene_LOEUF subfields of a gene, bar-separated (empty when unknown). */
  private String constraintFields(String gene) {
    GeneConstraint c = constraints.of(gene).orElse(null);
    if (c == null) {
      return "|";
    }
    return (c.pLI().isPresent() ? figure(c.pLI().getAsDouble()) : "")
        + "|"
        + (c.loeuf().isPresent() ? figure(c.loeuf().getAsDouble()) : "");
  }

  private static void separate(StringBuilder out) {
    if (!out.isEmpty()) {
      out.append(',');
    }
  }

  /** A constraint figure with 3 significant digits ({@code 0.0320}, {@code 4.99e-09}). */
  private static String figure(double value) {
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /**
   * Appends a subfield value: nothing when absent; separators of the INFO value itself replaced
   * (comma by &amp;, bar by slash, space by underscore) and what an INFO value may not hold
   * percent-encoded.
   */
  private static StringBuilder subfield(StringBuilder out, String value) {
    if (value == null) {
      return out;
    }
    int clean = 0;
    while (clean < value.length() && !special(value.charAt(clean))) {
      clean++;
    }
    out.append(value, 0, clean);
    for (int i = clean; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case ',' -> out.append('&');
        case '|' -> out.append('/');
        case ' ' -> out.append('_');
        default -> {
          if (special(c)) {
            out.append(VcfWriter.escapeInfoValue(String.valueOf(c)));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }

  /** Whether a subfield must change {@code c}: a separator, or what INFO values may not hold. */
  private static boolean special(char c) {
    return switch (c) {
      case '|', ',', ' ', '%', ';', '=', '\t', '\n', '\r' -> true;
      default -> false;
    };
  }
}
