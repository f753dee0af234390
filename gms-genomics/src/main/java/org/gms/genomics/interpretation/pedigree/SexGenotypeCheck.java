package org.gms.genomics.interpretation.pedigree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.pedigree.PedigreeIssue.Kind;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.Genotype;

/**
 * Compares each individual's recorded sex with their genotypes on the X chromosome outside the
 * pseudoautosomal regions, where males carry one copy: a male should show (almost) no heterozygous
 * calls there, a female a substantial share, and nobody but a male haploid calls.
 *
 * <p>Statistic: among a sample's non-reference calls on X (non-PAR), the fraction that are
 * heterozygous. Feed every record (or a representative subset) with {@link #add}, then ask {@link
 * #check}. Thresholds are a {@link SexCheckThresholds}; calls from mapping artefacts (X-transposed
 * and segmental duplications) give males a few heterozygous calls, hence the tolerance.
 */
public final class SexGenotypeCheck {

  private final GenomeBuild build;
  private final List<String> samples;
  private final int[] heterozygous;
  private final int[] homozygous;
  private final int[] haploid;

  public SexGenotypeCheck(GenomeBuild build, List<String> samples) {
    if (build == null) {
      throw new IllegalArgumentException("The sex check needs the genome build (for the PARs)");
    }
    this.build = build;
    this.samples = List.copyOf(samples);
    this.heterozygous = new int[samples.size()];
    this.homozygous = new int[samples.size()];
    this.haploid = new int[samples.size()];
  }

  /** Counts one record's calls, one genotype per sample in the order given at construction. */
  public void add(String contig, long position, List<Genotype> genotypes) {
    if (ChromosomeType.of(build, contig, position) != ChromosomeType.X_NON_PAR) {
      return;
    }
    for (int i = 0; i < samples.size(); i++) {
      Genotype genotype = genotypes.get(i);
      if (!genotype.isCalled() || genotype.copiesOf(0) == genotype.alleles().size()) {
        continue;
      }
      if (genotype.alleles().size() == 1) {
        haploid[i]++;
      } else if (genotype.alleles().stream().distinct().count() > 1) {
        heterozygous[i]++;
      } else {
        homozygous[i]++;
      }
    }
  }

  /** The counts so far for one sample. */
  public XChromosomeCalls calls(String sample) {
    int i = samples.indexOf(sample);
    if (i < 0) {
      throw new IllegalArgumentException("No sample " + sample + " in this check");
    }
    return new XChromosomeCalls(sample, heterozygous[i], homozygous[i], haploid[i]);
  }

  /** The sex/genotype conflicts for the pedigree members among the samples, as errors. */
  public PedigreeReport check(Pedigree pedigree, SexCheckThresholds thresholds) {
    List<PedigreeIssue> issues = new ArrayList<>();
    for (PedigreeMember member : pedigree.members()) {
      if (!samples.contains(member.id()) || member.sex() == Sex.UNKNOWN) {
        continue;
      }
      XChromosomeCalls calls = calls(member.id());
      String conflict = conflict(member.sex(), calls, thresholds);
      if (conflict != null) {
        issues.add(
            PedigreeIssue.error(
                Kind.SEX_GENOTYPE_CONFLICT,
                member.id(),
                pedigree.where(member.id())
                    + ": "
                    + member.id()
                    + " is recorded as "
                    + member.sex().name().toLowerCase(Locale.ROOT)
                    + " but "
                    + conflict
                    + " on X outside the pseudoautosomal regions ("
                    + calls
                    + "); check the sex in the PED and the sample identity"));
      }
    }
    return new PedigreeReport(issues);
  }

  private static String conflict(Sex sex, XChromosomeCalls calls, SexCheckThresholds thresholds) {
    if (sex == Sex.FEMALE && calls.haploid() > thresholds.minimumSites()) {
      return "has " + calls.haploid() + " haploid calls, as only a male would";
    }
    if (calls.diploidNonReference() < thresholds.minimumSites()) {
      return null;
    }
    double fraction = calls.heterozygousFraction();
    if (sex == Sex.MALE && fraction > thresholds.maleMaximumHeterozygousFraction()) {
      return String.format(
          Locale.ROOT,
          "%.0f%% of non-reference calls are heterozygous (at most %.0f%% expected in a male)",
          100 * fraction,
          100 * thresholds.maleMaximumHeterozygousFraction());
    }
    if (sex == Sex.FEMALE && fraction < thresholds.femaleMinimumHeterozygousFraction()) {
      return String.format(
          Locale.ROOT,
          "only %.1f%% of non-reference calls are heterozygous (at least %.0f%% expected in a"
              + " female)",
          100 * fraction,
          100 * thresholds.femaleMinimumHeterozygousFraction());
    }
    return null;
  }
}
