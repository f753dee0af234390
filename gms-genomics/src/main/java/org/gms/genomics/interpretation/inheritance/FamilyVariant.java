package org.gms.genomics.interpretation.inheritance;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VcfRecord;

/**
 * One ALT allele and the calls of the sequenced family members.
 *
 * @param id a label for messages (for example {@code 1:65797 T>C})
 * @param chromosome where the allele lies, which decides the patterns that apply
 * @param calls the call of each sequenced individual, by individual id; an individual without an
 *     entry was not sequenced
 */
public record FamilyVariant(String id, ChromosomeType chromosome, Map<String, SampleCall> calls) {

  public FamilyVariant {
    if (id == null || id.isBlank() || chromosome == null) {
      throw new IllegalArgumentException("A family variant needs an id and a chromosome type");
    }
    calls = Map.copyOf(calls);
  }

  /**
   * The calls of the pedigree members that are samples of the record, for one ALT allele (1-based
   * index into ALT).
   */
  public static FamilyVariant fromVcf(
      VcfRecord record, int altAllele, GenomeBuild build, Pedigree pedigree) {
    Map<String, SampleCall> calls = new HashMap<>();
    for (PedigreeMember member : pedigree.members()) {
      int sample = record.header().sampleIndex(member.id());
      if (sample >= 0) {
        calls.put(member.id(), SampleCall.fromVcf(record, sample, altAllele));
      }
    }
    String id =
        record.contig()
            + ":"
            + record.position()
            + " "
            + record.ref()
            + ">"
            + record.alts().get(altAllele - 1);
    return new FamilyVariant(
        id, ChromosomeType.of(build, record.contig(), record.position()), calls);
  }

  /** The individual's call; empty when the individual was not sequenced. */
  public Optional<SampleCall> call(String individual) {
    return Optional.ofNullable(calls.get(individual));
  }
}
