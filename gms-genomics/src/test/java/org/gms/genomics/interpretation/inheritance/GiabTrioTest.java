package org.gms.genomics.interpretation.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gms.genomics.SharedReference;
import org.gms.genomics.interpretation.chromosome.ChromosomeType;
import org.gms.genomics.interpretation.inheritance.MendelianCheck.Status;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.junit.jupiter.api.Test;

/**
 * The GIAB Ashkenazi trio (HG002 son, HG003 father, HG004 mother; b37 chr1-2, 9,940 records) from
 * slivar's test data, with slivar's own expected answers (tests/functional-tests.sh) as truth.
 */
class GiabTrioTest {

  private static final String PED =
      "ash\tHG002\tHG003\tHG004\t1\t2\nash\tHG003\t0\t0\t1\t0\nash\tHG004\t0\t0\t2\t0\n";

  /**
   * slivar's check_denovo: {@code kid.het && mom.hom_ref && dad.hom_ref && (mom.AD[1] + dad.AD[1])
   * < 2 && GQ > 10 && DP > 10} in all three gives 11 records; with {@code FILTER == 'PASS'}, 4.
   */
  @Test
  void deNovoCandidatesAreTheElevenSlivarFinds() {
    Pedigree pedigree = PedReader.read(SharedReference.path("vcf/slivar/ashk-trio.ped"));
    int yes = 0;
    int yesAndPass = 0;
    List<String> found = new ArrayList<>();
    try (VcfReader reader = open("vcf/slivar/ashk-trio.vcf.gz")) {
      Family family = Family.of(pedigree, "ash", reader.header().samples());
      assertThat(family.proband().id()).isEqualTo("HG002");
      SegregationAnalysis analysis =
          new SegregationAnalysis(family, new DeNovoCriteria(11, 11, 1, 0, 1));
      for (VcfRecord record : reader) {
        FamilyVariant variant = FamilyVariant.fromVcf(record, 1, GenomeBuild.GRCh37, pedigree);
        if (analysis.evaluate(SegregationPattern.DE_NOVO, variant).fit() == Fit.YES) {
          yes++;
          found.add(variant.id());
          if (record.passed()) {
            yesAndPass++;
          }
        }
      }
    }
    System.out.println(
        "GIAB trio de novo candidates: " + yes + " (" + yesAndPass + " PASS): " + found);
    assertThat(yes).isEqualTo(11);
    assertThat(yesAndPass).isEqualTo(4);
  }

  /**
   * Mendelian consistency of the son's calls on chr1-2 where all three are called. GIAB's trio is
   * high quality, so nearly all sites are consistent; the few exceptions are the de novo candidates
   * and genotyping errors, mostly among records that failed VQSR.
   */
  @Test
  void almostAllCallsAreMendelianConsistent() {
    Pedigree pedigree = PedReader.parse(PED, "ashk-trio.ped");
    PedigreeMember son = pedigree.member("HG002").orElseThrow();
    Map<Boolean, Map<Status, Integer>> byFilter = new LinkedHashMap<>();
    try (VcfReader reader = open("vcf/slivar/ashk-trio.vcf.gz")) {
      for (VcfRecord record : reader) {
        Status status =
            MendelianCheck.check(
                ChromosomeType.of(GenomeBuild.GRCh37, record.contig(), record.position()),
                son.sex(),
                record.genotype(0),
                record.genotype(1),
                record.genotype(2));
        byFilter
            .computeIfAbsent(record.passed(), k -> new EnumMap<>(Status.class))
            .merge(status, 1, Integer::sum);
      }
    }
    Map<Status, Integer> pass = byFilter.get(true);
    Map<Status, Integer> failed = byFilter.get(false);
    double passRate = rate(pass);
    double failedRate = rate(failed);
    System.out.printf(
        "GIAB trio Mendelian: PASS %s (%.2f%% inconsistent); filtered %s (%.2f%%)%n",
        pass, 100 * passRate, failed, 100 * failedRate);
    assertThat(pass.get(Status.CONSISTENT) + pass.get(Status.INCONSISTENT)).isGreaterThan(7000);
    assertThat(passRate).isGreaterThan(0).isLessThan(0.01);
    assertThat(failedRate).isGreaterThan(passRate);
  }

  /**
   * slivar's compound-heterozygote cases (tests/comphet.vcf, INFO expect=yes/no): every pair we
   * call YES is made of expect=yes variants; every expect=yes variant is in a YES or POSSIBLE pair;
   * the pair inherited from one parent (geneD) is NO. Where slivar says yes for a de novo plus an
   * inherited variant (geneC), we say POSSIBLE: the parents cannot tell which copy the new mutation
   * hit.
   */
  @Test
  void compoundHeterozygotesAgreeWithSlivarsExpectations() throws Exception {
    Pedigree pedigree = PedReader.parse(PED, "ashk-trio.ped");
    Map<String, List<FamilyVariant>> byGene = new LinkedHashMap<>();
    Map<String, String> expect = new LinkedHashMap<>();
    try (InputStream in = getClass().getResourceAsStream("slivar-comphet.vcf");
        VcfReader reader = VcfReader.open(in, "slivar-comphet.vcf", VcfReadOptions.defaults())) {
      for (VcfRecord record : reader) {
        FamilyVariant variant = FamilyVariant.fromVcf(record, 1, GenomeBuild.GRCh37, pedigree);
        String gene = record.info("BCSQ").orElseThrow().split("\\|")[1];
        byGene.computeIfAbsent(gene, g -> new ArrayList<>()).add(variant);
        expect.put(variant.id(), record.info("expect").orElseThrow());
      }
    }
    Family family = Family.of(pedigree, "ash", List.of("HG002", "HG003", "HG004"));
    SegregationAnalysis analysis = new SegregationAnalysis(family, DeNovoCriteria.defaults());
    Set<String> inYesPairs = new TreeSet<>();
    Set<String> inYesOrPossiblePairs = new TreeSet<>();
    Map<String, List<Fit>> fitsByGene = new LinkedHashMap<>();
    for (Map.Entry<String, List<FamilyVariant>> gene : byGene.entrySet()) {
      for (VariantPair pair : analysis.pairs(gene.getValue())) {
        fitsByGene.computeIfAbsent(gene.getKey(), g -> new ArrayList<>()).add(pair.fit());
        if (pair.fit() == Fit.YES) {
          inYesPairs.add(pair.first().id());
          inYesPairs.add(pair.second().id());
        }
        if (pair.fit() != Fit.NO) {
          inYesOrPossiblePairs.add(pair.first().id());
          inYesOrPossiblePairs.add(pair.second().id());
        }
      }
    }
    Set<String> expectedYes = new TreeSet<>();
    expect.forEach(
        (id, value) -> {
          if (value.startsWith("yes")) {
            expectedYes.add(id);
          }
        });

    System.out.println("slivar comphet cases, pair fits by gene: " + fitsByGene);
    assertThat(expectedYes).hasSize(9);
    assertThat(expectedYes).containsAll(inYesPairs);
    assertThat(inYesOrPossiblePairs).containsAll(expectedYes);
    assertThat(fitsByGene.get("geneD")).containsExactly(Fit.NO);
    assertThat(fitsByGene.get("geneA")).containsExactly(Fit.YES);
    assertThat(fitsByGene.get("geneC")).containsExactly(Fit.POSSIBLE);
  }

  private static double rate(Map<Status, Integer> counts) {
    int consistent = counts.getOrDefault(Status.CONSISTENT, 0);
    int inconsistent = counts.getOrDefault(Status.INCONSISTENT, 0);
    return (double) inconsistent / (consistent + inconsistent);
  }

  private static VcfReader open(String path) {
    return VcfReader.open(
        SharedReference.path(path), VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh37));
  }
}
