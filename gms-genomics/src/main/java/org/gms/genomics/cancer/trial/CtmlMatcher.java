package org.gms.genomics.cancer.trial;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CTML semantics of {@link TrialMatcher}. */
final class CtmlMatcher implements TrialMatcher {

  private final OncotreeNames oncotree;

  CtmlMatcher(OncotreeNames oncotree) {
    this.oncotree = oncotree;
  }

  @Override
  public List<ArmMatch> match(CaseProfile profile, Collection<Trial> trials) {
    List<ArmMatch> out = new ArrayList<>();
    Map<String, List<Alteration>> byGene = byGene(profile);
    for (Trial t : trials) {
      if (!t.open()) {
        continue;
      }
      for (Arm a : t.arms()) {
        // a quick yes/no first; the reasons (strings) only for the arms that match
        if (a.open() && met(profile, byGene, a.criterion())) {
          Evaluation e = explain(profile, byGene, a.criterion());
          out.add(new ArmMatch(t.id(), a.code(), e.reasons()));
        }
      }
    }
    return out;
  }

  /** The case's alterations by gene (a fusion under both its genes). */
  private static Map<String, List<Alteration>> byGene(CaseProfile p) {
    Map<String, List<Alteration>> m = new HashMap<>();
    for (Alteration a : p.alterations()) {
      m.computeIfAbsent(a.gene(), k -> new ArrayList<>(2)).add(a);
      if (a.kind() == AlterationKind.FUSION
          && !a.fusionPartner().isEmpty()
          && !a.fusionPartner().equals(a.gene())) {
        m.computeIfAbsent(a.fusionPartner(), k -> new ArrayList<>(2)).add(a);
      }
    }
    return m;
  }

  /** {@link #evaluate}'s answer without its reasons. */
  private boolean met(CaseProfile p, Map<String, List<Alteration>> byGene, Criterion c) {
    if (c instanceof Criterion.All all) {
      for (Criterion part : all.parts()) {
        if (!met(p, byGene, part)) {
          return false;
        }
      }
      return true;
    } else if (c instanceof Criterion.Any any) {
      for (Criterion part : any.parts()) {
        if (met(p, byGene, part)) {
          return true;
        }
      }
      return false;
    } else if (c instanceof Criterion.Genomic g) {
      if (g.matchAll()) {
        return true;
      }
      List<Alteration> candidates =
          g.gene().equals("*") ? p.alterations() : byGene.getOrDefault(g.gene(), List.of());
      boolean hit = false;
      for (Alteration a : candidates) {
        if (meets(a, g)) {
          hit = true;
          break;
        }
      }
      return hit != g.wildType();
    } else if (c instanceof Criterion.Diagnosis d) {
      return !p.oncotreeCode().isEmpty()
          && oncotree.isA(p.oncotreeCode(), d.oncotreeCode()) != d.excluded();
    } else if (c instanceof Criterion.Age a) {
      return p.ageYears() != null && a.condition().test(p.ageYears());
    } else if (c instanceof Criterion.Sex s) {
      return p.sex().equals(s.sex());
    } else if (c instanceof Criterion.Tmb t) {
      return p.tmbPerMb() != null && t.condition().test(p.tmbPerMb());
    } else if (c instanceof Criterion.Msi m) {
      return p.msiHigh() != null && p.msiHigh() == m.high();
    } else if (c instanceof Criterion.ReceptorStatus r) {
      return (r.positive() ? "positive" : "negative").equals(p.receptors().get(r.receptor()));
    } else if (c instanceof Criterion.Signature s) {
      return Boolean.valueOf(s.present()).equals(p.signatures().get(s.name()));
    }
    return false;
  }

  @Override
  public Evaluation evaluate(CaseProfile p, Criterion c) {
    return explain(p, byGene(p), c);
  }

  private Evaluation explain(CaseProfile p, Map<String, List<Alteration>> byGene, Criterion c) {
    if (c instanceof Criterion.All all) {
      return all(p, byGene, all);
    } else if (c instanceof Criterion.Any any) {
      return any(p, byGene, any);
    } else if (c instanceof Criterion.Genomic g) {
      return genomic(p, byGene, g);
    } else if (c instanceof Criterion.Diagnosis d) {
      return diagnosis(p, d);
    } else if (c instanceof Criterion.Age a) {
      return p.ageYears() == null
          ? Evaluation.no("age not known (" + a.describe() + " required)")
          : result(a.condition().test(p.ageYears()), "age " + p.ageYears(), a.describe());
    } else if (c instanceof Criterion.Sex s) {
      return p.sex().isEmpty()
          ? Evaluation.no("sex not known (" + s.sex() + " required)")
          : result(p.sex().equals(s.sex()), "sex " + p.sex(), s.describe());
    } else if (c instanceof Criterion.Tmb t) {
      return p.tmbPerMb() == null
          ? Evaluation.no("TMB not measured (" + t.describe() + " required)")
          : result(
              t.condition().test(p.tmbPerMb()),
              "TMB " + String.format(java.util.Locale.ROOT, "%.1f", p.tmbPerMb()) + "/Mb",
              t.describe());
    } else if (c instanceof Criterion.Msi m) {
      return p.msiHigh() == null
          ? Evaluation.no("MSI not measured (" + m.describe() + " required)")
          : result(p.msiHigh() == m.high(), p.msiHigh() ? "MSI-H" : "MSS", m.describe());
    } else if (c instanceof Criterion.ReceptorStatus r) {
      String status = p.receptors().get(r.receptor());
      return status == null
          ? Evaluation.no(
              r.receptor().label()
                  + " status not recorded for the case ("
                  + r.describe()
                  + " required; not assessed)")
          : result(
              met(p, byGene, r),
              r.receptor().label() + " " + status + " (pathology)",
              r.describe());
    } else if (c instanceof Criterion.Signature s) {
      Boolean present = p.signatures().get(s.name());
      return present == null
          ? Evaluation.no(
              s.name() + " signature not assessed for the case (" + s.describe() + " required)")
          : result(
              met(p, byGene, s),
              s.name() + " signature " + (present ? "present" : "absent"),
              s.describe());
    }
    return Evaluation.no(c.describe());
  }

  private static Evaluation result(boolean met, String fact, String condition) {
    return new Evaluation(met, List.of(fact + (met ? " meets " : " does not meet ") + condition));
  }

  private Evaluation all(CaseProfile p, Map<String, List<Alteration>> byGene, Criterion.All all) {
    List<String> reasons = new ArrayList<>();
    for (Criterion part : all.parts()) {
      if (!met(p, byGene, part)) {
        return explain(p, byGene, part);
      }
      reasons.addAll(explain(p, byGene, part).reasons());
    }
    return new Evaluation(true, reasons);
  }

  private Evaluation any(CaseProfile p, Map<String, List<Alteration>> byGene, Criterion.Any any) {
    List<String> reasons = new ArrayList<>();
    for (Criterion part : any.parts()) {
      if (met(p, byGene, part)) {
        reasons.addAll(explain(p, byGene, part).reasons());
      }
    }
    return reasons.isEmpty()
        ? Evaluation.no("none of: " + any.describe())
        : new Evaluation(true, reasons);
  }

  private Evaluation diagnosis(CaseProfile p, Criterion.Diagnosis d) {
    if (p.oncotreeCode().isEmpty()) {
      return Evaluation.no("tumour type not known (" + d.describe() + " required)");
    }
    boolean isA = oncotree.isA(p.oncotreeCode(), d.oncotreeCode());
    String fact = oncotree.name(p.oncotreeCode()) + " (" + p.oncotreeCode() + ")";
    return result(isA != d.excluded(), fact, d.describe());
  }

  private Evaluation genomic(
      CaseProfile p, Map<String, List<Alteration>> byGene, Criterion.Genomic g) {
    if (g.matchAll()) {
      return Evaluation.yes("any genomic profile accepted (CTML match_all)");
    }
    List<Alteration> candidates =
        g.gene().equals("*") ? p.alterations() : byGene.getOrDefault(g.gene(), List.of());
    Optional<Alteration> hit = candidates.stream().filter(a -> meets(a, g)).findFirst();
    if (g.wildType()) {
      return hit.isPresent()
          ? Evaluation.no(hit.get().describe() + " present: " + g.describe() + " required")
          : Evaluation.yes("wild type: " + g.describe());
    }
    if (hit.isEmpty() && g.exon() != null) {
      // an alteration meeting every field but whose exon is not known leaves it not assessed
      Criterion.Genomic anyExon = withoutExon(g);
      Optional<Alteration> unplaced =
          candidates.stream()
              .filter(a -> meets(a, anyExon) && a.kind() == AlterationKind.MUTATION)
              .filter(a -> exonOf(a).isEmpty())
              .findFirst();
      if (unplaced.isPresent()) {
        return Evaluation.no(
            "exon of "
                + unplaced.get().describe()
                + " not known (the annotation gives none and its protein change does not place it"
                + " reliably): "
                + g.describe()
                + " not assessed");
      }
    }
    return hit.map(a -> Evaluation.yes(describe(a, g) + " meets " + g.describe()))
        .orElseGet(() -> Evaluation.no("no alteration meets " + g.describe()));
  }

  /** An alteration as a reason names it, with its exon when a condition asks for one. */
  private static String describe(Alteration a, Criterion.Genomic g) {
    if (g.exon() == null) {
      return a.describe();
    }
    return a.describe() + " in exon " + g.exon() + (a.exon() != null ? "" : " (by its codons)");
  }

  private static Criterion.Genomic withoutExon(Criterion.Genomic g) {
    return new Criterion.Genomic(
        g.gene(),
        g.kind(),
        g.proteinChange(),
        g.proteinPrefix(),
        g.variantClassification(),
        g.cnaCall(),
        g.fusionPartner(),
        g.molecularFunction(),
        g.wildType(),
        g.matchAll(),
        null);
  }

  /** The alteration's exon: as annotated, else from its protein change where that is reliable. */
  static Optional<Integer> exonOf(Alteration a) {
    if (a.kind() != AlterationKind.MUTATION) {
      return Optional.empty();
    }
    return a.exon() != null
        ? Optional.of(a.exon())
        : Exons.bundled().of(a.gene(), a.proteinChange());
  }

  /** Whether one alteration meets every field of the genomic condition (negation aside). */
  static boolean meets(Alteration a, Criterion.Genomic g) {
    if (g.kind() != null && a.kind() != g.kind()) {
      return false;
    }
    if (a.kind() == AlterationKind.FUSION) {
      boolean either =
          fusionSide(g, a.gene(), a.fusionPartner()) || fusionSide(g, a.fusionPartner(), a.gene());
      if (!either) {
        return false;
      }
    } else if (!a.gene().equals(g.gene()) && !g.gene().equals("*")) {
      return false;
    }
    if (!g.proteinChange().isEmpty() && !a.proteinChange().equalsIgnoreCase(g.proteinChange())) {
      return false;
    }
    if (!g.proteinPrefix().isEmpty()) {
      String pc = a.proteinChange();
      String pre = g.proteinPrefix();
      if (!pc.regionMatches(true, 0, pre, 0, pre.length())
          || (pc.length() > pre.length() && Character.isDigit(pc.charAt(pre.length())))) {
        return false;
      }
    }
    if (!g.variantClassification().isEmpty()
        && !a.variantClassification().equalsIgnoreCase(g.variantClassification())) {
      return false;
    }
    if (g.cnaCall() != null && a.cnaCall() != g.cnaCall()) {
      return false;
    }
    if (g.exon() != null && !exonOf(a).equals(Optional.of(g.exon()))) {
      return false;
    }
    return g.molecularFunction().isEmpty() || Boolean.TRUE.equals(a.oncogenic());
  }

  /** The condition's gene is {@code gene} and its partner {@code other} (either order). */
  private static boolean fusionSide(Criterion.Genomic g, String gene, String other) {
    if (gene.isEmpty() || !(g.gene().equals("*") || g.gene().equals(gene))) {
      return false;
    }
    return switch (g.fusionPartner()) {
      case "" -> true;
      case "*" -> !other.isEmpty();
      case "INTERGENIC" -> other.isEmpty();
      default -> g.fusionPartner().equals(other);
    };
  }

  @Override
  public List<String> targetsCarried(CaseProfile profile, Arm arm) {
    List<String> out = new ArrayList<>();
    collect(profile, arm.criterion(), out);
    return out;
  }

  private void collect(CaseProfile p, Criterion c, List<String> out) {
    if (c instanceof Criterion.All all) {
      all.parts().forEach(x -> collect(p, x, out));
    } else if (c instanceof Criterion.Any any) {
      any.parts().forEach(x -> collect(p, x, out));
    } else if (c instanceof Criterion.Genomic g && !g.wildType() && !g.matchAll()) {
      p.alterations().stream()
          .filter(a -> meets(a, g))
          .findFirst()
          .ifPresent(a -> out.add(a.describe() + " meets " + g.describe()));
    }
  }
}
