package org.gms.genomics.cancer.trial;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An arm's eligibility as a tree: {@link All} and {@link Any} of genomic, clinical and biomarker
 * conditions, as CTML's {@code and}/{@code or} nest them.
 */
public sealed interface Criterion {

  /** A readable form for pages and reasons. */
  String describe();

  /** Every condition is met. */
  record All(List<Criterion> parts) implements Criterion {
    public All {
      parts = flattened(parts, All.class, All::parts);
    }

    @Override
    public String describe() {
      return joined(parts, " AND ");
    }
  }

  /** At least one condition is met. */
  record Any(List<Criterion> parts) implements Criterion {
    public Any {
      parts = flattened(parts, Any.class, Any::parts);
    }

    @Override
    public String describe() {
      return joined(parts, " OR ");
    }
  }

  /**
   * One alteration of the case meets every given field (or, {@code wildType}, none does).
   *
   * @param gene HGNC symbol, or empty for {@code matchAll}
   * @param kind the variant category, or null for any
   * @param proteinChange exact protein change without {@code p.}, or empty
   * @param proteinPrefix CTML {@code wildcard_protein_change} ({@code V600}: any change at the
   *     codon), or empty
   * @param variantClassification MAF classification, or empty
   * @param cnaCall copy-number call, or null
   * @param fusionPartner partner gene, {@code *} for any gene, {@code INTERGENIC}, or empty
   * @param molecularFunction {@code Activating}/{@code Inactivating}, or empty
   * @param wildType met when no alteration of the case meets the other fields
   * @param matchAll CTML {@code match_all}: any case (with or without alterations)
   * @param exon CTML {@code exon}: the small variant lies in this exon of the gene's MANE Select
   *     transcript, or null
   */
  record Genomic(
      String gene,
      AlterationKind kind,
      String proteinChange,
      String proteinPrefix,
      String variantClassification,
      CnaCall cnaCall,
      String fusionPartner,
      String molecularFunction,
      boolean wildType,
      boolean matchAll,
      Integer exon)
      implements Criterion {

    public Genomic {
      if (exon != null && (exon < 1 || exon > 200)) {
        throw new IllegalArgumentException("Exon " + exon + " of " + gene + ": give 1 to 200");
      }
      Objects.requireNonNull(gene, "gene");
      Objects.requireNonNull(proteinChange, "proteinChange");
      Objects.requireNonNull(proteinPrefix, "proteinPrefix");
      Objects.requireNonNull(variantClassification, "variantClassification");
      Objects.requireNonNull(fusionPartner, "fusionPartner");
      Objects.requireNonNull(molecularFunction, "molecularFunction");
      if (gene.isEmpty() && !matchAll) {
        throw new IllegalArgumentException("A genomic criterion needs a gene");
      }
    }

    @Override
    public String describe() {
      if (matchAll) {
        return "any genomic profile";
      }
      StringBuilder b =
          new StringBuilder(wildType ? "no " : "").append(gene.equals("*") ? "any gene" : gene);
      if (!molecularFunction.isEmpty()) {
        b.append(' ').append(molecularFunction.toLowerCase(java.util.Locale.ROOT));
      }
      if (exon != null) {
        b.append(" exon ").append(exon);
      }
      if (!proteinChange.isEmpty()) {
        b.append(" p.").append(proteinChange);
      } else if (!proteinPrefix.isEmpty()) {
        b.append(" p.").append(proteinPrefix).append('*');
      }
      if (cnaCall != null) {
        b.append(' ').append(cnaCall.label().toLowerCase(java.util.Locale.ROOT));
      } else if (kind == AlterationKind.FUSION) {
        b.append(
            fusionPartner.isEmpty() || fusionPartner.equals("*")
                ? " fusion"
                : " fusion with " + fusionPartner);
      } else if (kind == AlterationKind.CNA) {
        b.append(" copy-number change");
      } else if (kind == AlterationKind.MUTATION
          && proteinChange.isEmpty()
          && proteinPrefix.isEmpty()) {
        b.append(" mutation");
      } else if (kind == null && proteinChange.isEmpty() && proteinPrefix.isEmpty()) {
        b.append(" alteration");
      }
      if (!variantClassification.isEmpty()) {
        b.append(" (").append(variantClassification).append(')');
      }
      return b.toString();
    }
  }

  /**
   * The tumour is of an OncoTree type or one of its descendants ({@code excluded}: it is not).
   *
   * @param oncotreeCode the code, or {@code _SOLID_}/{@code _LIQUID_} for every solid or
   *     haematological type
   * @param name as the trial wrote it
   */
  record Diagnosis(String oncotreeCode, String name, boolean excluded) implements Criterion {
    public Diagnosis {
      Objects.requireNonNull(oncotreeCode, "oncotreeCode");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String describe() {
      String what =
          switch (oncotreeCode) {
            case OncotreeNames.SOLID -> "a solid tumour";
            case OncotreeNames.LIQUID -> "a haematological malignancy";
            default -> name + " (" + oncotreeCode + ")";
          };
      return (excluded ? "not " : "") + what;
    }
  }

  /** Age in years. */
  record Age(Comparison condition) implements Criterion {
    @Override
    public String describe() {
      return "age " + condition;
    }
  }

  /** Sex: {@code female} or {@code male}. */
  record Sex(String sex) implements Criterion {
    @Override
    public String describe() {
      return "sex " + sex;
    }
  }

  /** Tumour mutational burden per megabase. */
  record Tmb(Comparison condition) implements Criterion {
    @Override
    public String describe() {
      return "TMB " + condition + "/Mb";
    }
  }

  /** MSI-high (or MMR-deficient), or not. */
  record Msi(boolean high) implements Criterion {
    @Override
    public String describe() {
      return high ? "MSI-H" : "not MSI-H";
    }
  }

  /**
   * A hormone or growth-factor receptor status of the tumour (CTML {@code er_status}, {@code
   * pr_status}, {@code her2_status}), as the pathologist reported it.
   */
  record ReceptorStatus(Receptor receptor, boolean positive) implements Criterion {
    public ReceptorStatus {
      Objects.requireNonNull(receptor, "receptor");
    }

    @Override
    public String describe() {
      return receptor.label() + (positive ? " positive" : " negative");
    }
  }

  /**
   * A mutational signature (CTML {@code tobacco_signature}, {@code apobec_signature}, ...) is
   * present or absent.
   *
   * @param name lower case, without {@code _signature} ({@code tobacco}, {@code pole})
   */
  record Signature(String name, boolean present) implements Criterion {
    public Signature {
      Objects.requireNonNull(name, "name");
      name = name.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String describe() {
      return name + " signature " + (present ? "present" : "absent");
    }
  }

  /**
   * A condition GMS cannot assess (OncoKB variant names, HRD scores, unknown fields): never met,
   * and the reason says so.
   */
  record NotAssessed(String key, String value) implements Criterion {
    @Override
    public String describe() {
      return key + " " + value + " (not assessed)";
    }
  }

  /** An arm without curated criteria: never matched automatically. */
  record Uncurated(String why) implements Criterion {
    @Override
    public String describe() {
      return "no criteria curated: " + why;
    }
  }

  /** The parts, with the parts of a nested condition of the same kind taken in its place. */
  private static <T extends Criterion> List<Criterion> flattened(
      List<Criterion> parts, Class<T> kind, Function<T, List<Criterion>> partsOf) {
    return parts.stream()
        .flatMap(c -> kind.isInstance(c) ? partsOf.apply(kind.cast(c)).stream() : Stream.of(c))
        .toList();
  }

  /** The parts described, each nested condition in brackets, joined by the connective. */
  private static String joined(List<Criterion> parts, String connective) {
    return parts.stream().map(Criterion::bracketed).collect(Collectors.joining(connective));
  }

  private static String bracketed(Criterion c) {
    return c instanceof All || c instanceof Any ? "(" + c.describe() + ")" : c.describe();
  }
}
