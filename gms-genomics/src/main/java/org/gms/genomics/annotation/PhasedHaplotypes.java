package org.gms.genomics.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.variant.SequenceVariant;

/**
 * Groups one sample's phased calls into haplotypes for {@link Annotator#jointEffects}: alleles of
 * genotypes written with {@code |} in the same phase set ({@code PS}, or the whole contig when the
 * caller gives none) lie on the same haplotype when they sit at the same side of the bar. A
 * homozygous alternative call ({@code 1|1} or {@code 1/1}) lies on both copies of its contig, so it
 * joins both haplotypes of every phase set there (and, on a contig without phased heterozygous
 * calls, one haplotype with the other homozygous calls). An unphased heterozygous call ({@code
 * 0/1}) lies on neither (its phase is unknown, so nothing is combined with it).
 */
public final class PhasedHaplotypes {

  /** The label of a haplotype made of homozygous calls only (both copies carry them). */
  public static final String HOMOZYGOUS = "homozygous";

  /**
   * One sample's call.
   *
   * @param variant the alternative allele
   * @param genotype the GT value, for example {@code 0|1}; allele 1 is {@code variant}
   * @param phaseSet the PS value, or null
   */
  public record Call(SequenceVariant variant, String genotype, String phaseSet) {
    public Call {
      if (variant == null || genotype == null || genotype.isBlank()) {
        throw new IllegalArgumentException("A phased call needs a variant and a genotype");
      }
    }
  }

  /**
   * The alleles on one copy of a chromosome within a phase set.
   *
   * @param contig the contig, as the calls name it
   * @param phaseSet the PS value ("" for phased calls without one), or {@link #HOMOZYGOUS}
   * @param side 0 or 1: the side of the bar in the phased genotypes
   * @param variants the alleles, in genomic order
   */
  public record Haplotype(
      String contig, String phaseSet, int side, List<SequenceVariant> variants) {
    public Haplotype {
      variants = List.copyOf(variants);
    }
  }

  private PhasedHaplotypes() {}

  /** The haplotypes with two or more alleles, each in genomic order. */
  public static List<List<SequenceVariant>> of(List<Call> calls) {
    return haplotypes(calls).stream().map(Haplotype::variants).toList();
  }

  /** The haplotypes with two or more alleles, with their contig, phase set and side. */
  public static List<Haplotype> haplotypes(List<Call> calls) {
    Map<String, Map<String, List<List<SequenceVariant>>>> phased = new LinkedHashMap<>();
    Map<String, List<SequenceVariant>> homozygous = new LinkedHashMap<>();
    for (Call call : calls) {
      String gt = call.genotype();
      String[] alleles = gt.split("[|/]");
      String contig = call.variant().contig();
      if (alleles.length == 2 && alleles[0].equals("1") && alleles[1].equals("1")) {
        homozygous.computeIfAbsent(contig, k -> new ArrayList<>()).add(call.variant());
        continue;
      }
      if (gt.indexOf('|') < 0 || alleles.length != 2) {
        continue;
      }
      String set = call.phaseSet() == null ? "" : call.phaseSet();
      List<List<SequenceVariant>> sides =
          phased
              .computeIfAbsent(contig, k -> new LinkedHashMap<>())
              .computeIfAbsent(set, k -> List.of(new ArrayList<>(), new ArrayList<>()));
      for (int side = 0; side < 2; side++) {
        if (alleles[side].equals("1")) {
          sides.get(side).add(call.variant());
        }
      }
    }
    List<Haplotype> haplotypes = new ArrayList<>();
    phased.forEach(
        (contig, sets) ->
            sets.forEach(
                (set, sides) -> {
                  for (int side = 0; side < 2; side++) {
                    List<SequenceVariant> copy = new ArrayList<>(sides.get(side));
                    copy.addAll(homozygous.getOrDefault(contig, List.of()));
                    add(haplotypes, contig, set, side, copy);
                  }
                }));
    homozygous.forEach(
        (contig, variants) -> {
          if (!phased.containsKey(contig)) {
            add(haplotypes, contig, HOMOZYGOUS, 0, new ArrayList<>(variants));
          }
        });
    return List.copyOf(haplotypes);
  }

  private static void add(
      List<Haplotype> haplotypes,
      String contig,
      String set,
      int side,
      List<SequenceVariant> variants) {
    if (variants.size() >= 2) {
      variants.sort(Comparator.comparingLong(SequenceVariant::position));
      haplotypes.add(new Haplotype(contig, set, side, variants));
    }
  }
}
