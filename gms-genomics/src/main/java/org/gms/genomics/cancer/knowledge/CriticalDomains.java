package org.gms.genomics.cancer.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gms.genomics.cancer.input.SomaticVariant;
import org.gms.genomics.cancer.input.TabularFile;

/**
 * The critical functional domains of OM1, taken from a CIViC release: its domain-level variants (a
 * name with {@code DOMAIN}, or {@code TKD}, tyrosine kinase domain) that hold accepted, supporting,
 * somatic evidence of an effect — oncogenic evidence, functional evidence of a changed function, or
 * predictive or diagnostic evidence at level A (validated) or B (clinical), the evidence OS1
 * accepts for a single change. Prognostic evidence and case reports (level C) alone do not make a
 * domain critical. The residues come from a table derived once from CIViC's GRCh37 coordinates and
 * the representative transcript ({@code critical-domain-residues.tsv}); a domain of a newer release
 * that the table lacks places variants by GRCh37 position only.
 */
public final class CriticalDomains {

  static final String RESIDUES = "/org/gms/genomics/cancer/civic/critical-domain-residues.tsv";
  private static final Pattern DOMAIN_NAME = Pattern.compile("(?i).*\\b(domain|tkd)\\b.*");
  private static final Set<String> FUNCTIONAL =
      Set.of("Gain of Function", "Loss of Function", "Dominant Negative", "Neomorphic");

  private final Map<String, List<CriticalDomain>> byGene = new HashMap<>();

  private CriticalDomains(List<CriticalDomain> domains) {
    for (CriticalDomain d : domains) {
      byGene.computeIfAbsent(d.variant().gene(), k -> new ArrayList<>()).add(d);
    }
  }

  /** The domains of a release's variants and their accepted evidence. */
  static CriticalDomains of(
      List<CivicVariant> variants, Map<Integer, List<CivicEvidence>> evidenceByVariant) {
    Map<Integer, int[]> residues = residues();
    List<CriticalDomain> out = new ArrayList<>();
    for (CivicVariant v : variants) {
      if (!DOMAIN_NAME.matcher(v.name()).matches()
          || v.name().toUpperCase(Locale.ROOT).startsWith("NON-")) {
        continue;
      }
      Optional<CivicEvidence> qualifying =
          evidenceByVariant.getOrDefault(v.id(), List.of()).stream()
              .filter(CriticalDomains::qualifies)
              .min(Comparator.comparing(CivicEvidence::level).thenComparing(CivicEvidence::id));
      if (qualifying.isEmpty()) {
        continue;
      }
      int[] r = residues.getOrDefault(v.id(), new int[] {-1, -1});
      if (r[0] < 0 && v.chromosome().isEmpty()) {
        continue; // neither residues nor GRCh37 coordinates: nothing can be placed in it
      }
      out.add(new CriticalDomain(v, r[0], r[1], qualifying.get()));
    }
    return new CriticalDomains(out);
  }

  /**
   * Whether accepted CIViC evidence for a domain makes it critical: somatic, supporting, and
   * oncogenic, functional (changed function), or predictive/diagnostic at level A or B.
   */
  static boolean qualifies(CivicEvidence e) {
    if (!e.supports() || e.origin().equalsIgnoreCase("Germline")) {
      return false;
    }
    return switch (e.type()) {
      case "Oncogenic" -> e.significance().equals("Oncogenicity");
      case "Functional" -> FUNCTIONAL.contains(e.significance());
      case "Predictive", "Diagnostic" -> e.level().equals("A") || e.level().equals("B");
      default -> false;
    };
  }

  /** Every domain, by gene then first residue. */
  public List<CriticalDomain> all() {
    return byGene.values().stream()
        .flatMap(List::stream)
        .sorted(
            Comparator.comparing((CriticalDomain d) -> d.variant().gene())
                .thenComparingInt(CriticalDomain::firstResidue))
        .toList();
  }

  /** The domain a variant lies in, if any (the narrowest when several hold it). */
  public Optional<CriticalDomain> containing(SomaticVariant v, String build) {
    return byGene.getOrDefault(v.gene(), List.of()).stream()
        .filter(d -> d.covers(v, build))
        .min(Comparator.comparingInt(d -> d.lastResidue() - d.firstResidue()));
  }

  private static Map<Integer, int[]> residues() {
    Map<Integer, int[]> out = new HashMap<>();
    TabularFile.readResource(
        CriticalDomains.class,
        RESIDUES,
        f ->
            f.require(
                "critical domain residues", "civic_variant_id", "first_residue", "last_residue"),
        (f, row) ->
            out.put(
                (int) row.number("civic_variant_id", 0),
                new int[] {
                  (int) row.number("first_residue", -1), (int) row.number("last_residue", -1)
                }));
    return out;
  }
}
