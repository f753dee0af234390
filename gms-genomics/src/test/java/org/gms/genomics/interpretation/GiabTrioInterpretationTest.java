package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gms.genomics.SharedReference;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.interpretation.inheritance.Fit;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.junit.jupiter.api.Test;

/**
 * The whole interpretation on real data: the GIAB Ashkenazi trio (b37 chr1-2), annotated by
 * bcftools csq in the file (INFO BCSQ), adapted here to candidates; parents marked unaffected.
 * There is no population frequency in the file, so frequency-based filters and codes cannot act:
 * the figures printed show what inheritance alone leaves.
 */
class GiabTrioInterpretationTest {

  private static final Pedigree TRIO =
      PedReader.parse(
          "ash HG002 HG003 HG004 1 2\nash HG003 0 0 1 1\nash HG004 0 0 2 1\n", "ashk-trio.ped");

  private static final Map<String, String> CSQ_TO_SO =
      Map.ofEntries(
          Map.entry("missense", "missense_variant"),
          Map.entry("synonymous", "synonymous_variant"),
          Map.entry("stop_gained", "stop_gained"),
          Map.entry("stop_lost", "stop_lost"),
          Map.entry("stop_retained", "stop_retained_variant"),
          Map.entry("start_lost", "start_lost"),
          Map.entry("frameshift", "frameshift_variant"),
          Map.entry("inframe_deletion", "inframe_deletion"),
          Map.entry("inframe_insertion", "inframe_insertion"),
          Map.entry("splice_region", "splice_region_variant"),
          Map.entry("splice_acceptor", "splice_acceptor_variant"),
          Map.entry("splice_donor", "splice_donor_variant"),
          Map.entry("intron", "intron_variant"),
          Map.entry("5_prime_utr", "5_prime_UTR_variant"),
          Map.entry("3_prime_utr", "3_prime_UTR_variant"),
          Map.entry("non_coding", "non_coding_transcript_exon_variant"),
          Map.entry("coding_sequence", "coding_sequence_variant"));

  @Test
  void interpretsTheTrioGeneAgnostic() {
    long start = System.nanoTime();
    List<CandidateVariant> candidates = new ArrayList<>();
    try (VcfReader reader =
        VcfReader.open(
            SharedReference.path("vcf/slivar/ashk-trio.vcf.gz"),
            VcfReadOptions.defaults().withBuild(GenomeBuild.GRCh37))) {
      for (VcfRecord record : reader) {
        candidates.addAll(adapt(record));
      }
    }
    Family family = Family.of(TRIO, "ash", List.of("HG002", "HG003", "HG004"));

    InterpretationResult result =
        RareDiseaseInterpreter.withDefaults()
            .interpret(family, candidates, GeneScope.geneAgnostic(), PhenotypeScores.none());
    long millis = (System.nanoTime() - start) / 1_000_000;

    Map<String, Integer> byPattern = new TreeMap<>();
    result
        .candidates()
        .forEach(
            c ->
                byPattern.merge(
                    c.candidate().inheritance().pattern() + " " + c.candidate().inheritance().fit(),
                    1,
                    Integer::sum));
    System.out.println(
        "GIAB trio, gene-agnostic: "
            + result.input()
            + " gene-level candidates from 9,940 records in "
            + millis
            + " ms");
    result.funnel().forEach(step -> System.out.println("  " + step));
    System.out.println("  " + result.parentage());
    System.out.println("  ranked candidates by pattern: " + byPattern);
    result.candidates().stream()
        .limit(3)
        .forEach(c -> c.explanation().forEach(line -> System.out.println("    " + line)));

    assertThat(result.parentage().confirmed()).isTrue();
    assertThat(result.parentage().sites()).isGreaterThan(9000);
    assertThat(result.funnel())
        .extracting(FilterStep::kept)
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(result.candidates()).allMatch(c -> c.candidate().inheritance().fit() != Fit.NO);
    assertThat(result.candidates()).allMatch(c -> c.tier() == Tier.TIER_3);
    // de novo candidates: protein-altering PASS records new in HG002 (slivar finds 4 PASS de novo
    // records in the whole file, coding or not)
    long deNovo =
        result.candidates().stream()
            .filter(c -> c.candidate().inheritance().pattern().name().equals("DE_NOVO"))
            .filter(c -> c.candidate().inheritance().fit() == Fit.YES)
            .count();
    assertThat(deNovo).isLessThanOrEqualTo(4);
  }

  /** One candidate per gene for each ALT allele, from the first BCSQ entry of that gene. */
  private static List<CandidateVariant> adapt(VcfRecord record) {
    List<CandidateVariant> candidates = new ArrayList<>();
    if (record.info("BCSQ").isEmpty()) {
      return candidates;
    }
    Map<String, String[]> byGene = new LinkedHashMap<>();
    for (String entry : record.info("BCSQ").get().split(",")) {
      if (entry.startsWith("@")) {
        continue;
      }
      String[] fields = entry.replaceFirst("^\\*", "").split("\\|", -1);
      if (fields.length > 1 && !fields[1].isEmpty()) {
        byGene.putIfAbsent(fields[1], fields);
      }
    }
    for (int alt = 1; alt <= record.alts().size(); alt++) {
      FamilyVariant family = FamilyVariant.fromVcf(record, alt, GenomeBuild.GRCh37, TRIO);
      SequenceVariant variant =
          SequenceVariant.of(
              record.contig(), record.position(), record.ref(), record.alts().get(alt - 1));
      for (Map.Entry<String, String[]> gene : byGene.entrySet()) {
        String[] f = gene.getValue();
        List<String> terms = new ArrayList<>();
        for (String term : f[0].split("&")) {
          terms.add(CSQ_TO_SO.getOrDefault(term, term));
        }
        CandidateVariant.Builder builder =
            CandidateVariant.builder(variant, gene.getKey(), family)
                .transcript(f.length > 2 ? f[2] : null)
                .consequences(java.util.Set.copyOf(terms))
                .filters(record.passed(), record.quality());
        if (f.length > 5 && f[5].matches("\\d+[A-Z*]>\\d+[A-Z*]")) {
          String[] aa = f[5].split(">");
          builder.hgvs( // BCSQ's DNA change is genomic, not HGVS c.
              null,
              "p.("
                  + aa[0].charAt(aa[0].length() - 1)
                  + aa[0].substring(0, aa[0].length() - 1)
                  + aa[1].charAt(aa[1].length() - 1)
                  + ")");
        }
        candidates.add(builder.build());
      }
    }
    return candidates;
  }
}
