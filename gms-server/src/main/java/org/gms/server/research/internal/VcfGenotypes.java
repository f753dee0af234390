package org.gms.server.research.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.VariantKey;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.gms.server.analysis.ReferenceSequences;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchGenotypes;
import org.gms.server.research.VariantCarriers;
import org.springframework.stereotype.Component;

/**
 * Reads the carriers of each ALT allele from a VCF's genotypes: records that passed their filters,
 * sequence alleles only, each normalised to its {@link VariantKey} (GRCh38) against the analyses'
 * reference where it has the bases (elsewhere trimmed only, not left-shifted).
 */
@Component
class VcfGenotypes {

  private final ReferenceSequences reference;

  VcfGenotypes(ReferenceSequences reference) {
    this.reference = reference;
  }

  /** The key of a variant as written (1-based position, alleles possibly padded). */
  VariantKey key(GenomeBuild build, String contig, long position, String ref, String alt) {
    return VariantKey.of(
        build,
        org.gms.genomics.variant.SequenceVariant.of(contig, position, ref, alt),
        VariantNormaliser.using(reference.reference()));
  }

  /** The VCF's genotypes loaded under the source name; not read when that source is loaded. */
  ResearchGenotypes.Loaded loadOnce(
      GenotypeIndex genotypes, String source, Path vcf, Map<NhsNumber, String> samples) {
    return genotypes.isLoaded(source)
        ? new ResearchGenotypes.Loaded(source, 0, 0, true)
        : genotypes.load(source, read(vcf, samples));
  }

  List<VariantCarriers> read(Path vcf, Map<NhsNumber, String> samples) {
    VariantNormaliser normaliser = VariantNormaliser.using(reference.reference());
    Map<VariantKey, Set<NhsNumber>[]> carriers = new LinkedHashMap<>();
    try (VcfReader reader = VcfReader.open(vcf)) {
      Map<NhsNumber, Integer> columns = new HashMap<>();
      samples.forEach(
          (patient, sample) -> {
            int column = reader.header().sampleIndex(sample);
            if (column >= 0) {
              columns.put(patient, column);
            }
          });
      for (VcfRecord record : reader) {
        if (!(record.passed() || record.filters().isEmpty()) || record.isReferenceBlock()) {
          continue;
        }
        for (RecordAllele allele : record.alleles()) {
          if (allele.variant().isEmpty()) {
            continue;
          }
          VariantKey key;
          try {
            key = VariantKey.of(GenomeBuild.GRCh38, allele.variant().get(), normaliser);
          } catch (IllegalArgumentException e) {
            continue; // IUPAC codes other than N, or an allele that normalises to nothing
          }
          for (Map.Entry<NhsNumber, Integer> column : columns.entrySet()) {
            Genotype genotype = record.genotype(column.getValue());
            int copies = genotype.copiesOf(allele.index());
            if (copies == 0) {
              continue;
            }
            boolean hom = copies >= 2 || genotype.alleles().size() == 1;
            carriers.computeIfAbsent(key, k -> newPair())[hom ? 1 : 0].add(column.getKey());
          }
        }
      }
    }
    List<VariantCarriers> variants = new ArrayList<>(carriers.size());
    carriers.forEach((key, pair) -> variants.add(new VariantCarriers(key, pair[0], pair[1])));
    return variants;
  }

  @SuppressWarnings("unchecked")
  private static Set<NhsNumber>[] newPair() {
    return new Set[] {new HashSet<NhsNumber>(), new HashSet<NhsNumber>()};
  }
}
