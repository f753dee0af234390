package org.gms.genomics.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.variant.SequenceVariant;

/**
 * Groups one sample's phased calls into haplotypes for {@link Annotator#jointEffects}: alleles of
 * genotypes written with {@code |} in the same phase set ({@code PS}, or the whole contig when the
 * caller gives none) lie on the same haplotype when they sit at the same side of the bar. A
 * homozygous alternative call ({@code 1|1} or {@code 1/1}) lies on both haplotypes; an unphased
 * heterozygous call ({@code 0/1}) on neither (its phase is unknown, so nothing is combined with
 * it).
 */
public final class PhasedHaplotypes {

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

  private PhasedHaplotypes() {}

  /** The haplotypes with two or more alleles, each in input order. */
  public static List<List<SequenceVariant>> of(List<Call> calls) {
    Map<String, List<SequenceVariant>> haplotypes = new LinkedHashMap<>();
    for (Call call : calls) {
      String gt = call.genotype();
      boolean phased = gt.indexOf('|') >= 0;
      String[] alleles = gt.split("[|/]");
      boolean homozygous = alleles.length == 2 && alleles[0].equals("1") && alleles[1].equals("1");
      if (!phased && !homozygous) {
        continue;
      }
      String set = call.variant().contig() + ":" + (call.phaseSet() == null ? "" : call.phaseSet());
      for (int side = 0; side < alleles.length; side++) {
        if (alleles[side].equals("1")) {
          haplotypes.computeIfAbsent(set + "#" + side, k -> new ArrayList<>()).add(call.variant());
        }
      }
    }
    return haplotypes.values().stream().filter(h -> h.size() >= 2).map(List::copyOf).toList();
  }
}
