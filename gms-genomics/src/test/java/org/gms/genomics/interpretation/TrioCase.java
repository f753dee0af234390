package org.gms.genomics.interpretation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.interpretation.inheritance.Phase;
import org.gms.genomics.interpretation.inheritance.SampleCall;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.SequenceVariant;

/**
 * A trio for interpretation tests: affected son "kid", unaffected "dad" and "mum" (GRCh38). Calls
 * are GT strings in the order kid, dad, mum, each with GQ 60, DP 30 and balanced reads; a phased
 * heterozygous call may name its phase set ({@code 0|1@7}; without one, VCF's single set).
 */
final class TrioCase {

  static final Pedigree PEDIGREE =
      PedReader.parse("F kid dad mum 1 2\nF dad 0 0 1 1\nF mum 0 0 2 1\n", "trio.ped");
  private final List<String> order;

  private final List<CandidateVariant> variants = new ArrayList<>();

  TrioCase() {
    this(List.of("kid", "dad", "mum"));
  }

  /** A case whose calls are given for these samples, in this order (a subset of the trio). */
  TrioCase(List<String> sequenced) {
    this.order = List.copyOf(sequenced);
  }

  static Family family() {
    return Family.of(PEDIGREE, "F", List.of("kid", "dad", "mum"));
  }

  CandidateVariant.Builder variant(
      String contig, long position, String ref, String alt, String gene, String... calls) {
    SequenceVariant variant = SequenceVariant.of(contig, position, ref, alt);
    Map<String, SampleCall> byId = new HashMap<>();
    for (int i = 0; i < calls.length; i++) {
      byId.put(order.get(i), call(calls[i]));
    }
    FamilyVariant family =
        new FamilyVariant(
            variant.toString(), ChromosomeType.of(GenomeBuild.GRCh38, contig, position), byId);
    return CandidateVariant.builder(variant, gene, family);
  }

  TrioCase add(CandidateVariant.Builder builder) {
    variants.add(builder.build());
    return this;
  }

  TrioCase add(CandidateVariant candidate) {
    variants.add(candidate);
    return this;
  }

  List<CandidateVariant> variants() {
    return List.copyOf(variants);
  }

  private static SampleCall call(String text) {
    String gt = text.contains("@") ? text.substring(0, text.indexOf('@')) : text;
    String set = text.contains("@") ? text.substring(text.indexOf('@') + 1) : "*";
    boolean phased = gt.contains("|");
    List<Integer> alleles = new ArrayList<>();
    for (String allele : gt.split("[/|]")) {
      alleles.add(allele.equals(".") ? Genotype.MISSING : Integer.parseInt(allele));
    }
    Genotype genotype = new Genotype(alleles, phased);
    int alt = genotype.copiesOf(1);
    int ref = genotype.copiesOf(0);
    List<Integer> depths =
        List.of(30 * ref / Math.max(1, alleles.size()), 30 * alt / Math.max(1, alleles.size()));
    Phase phase =
        phased && alt == 1 && alleles.size() == 2 ? new Phase(set, alleles.indexOf(1)) : null;
    return new SampleCall(genotype, 1, OptionalInt.of(60), OptionalInt.of(30), depths, phase);
  }
}
