package org.gms.cli;

import static org.gms.cli.DemoOrders.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gms.server.oncology.CancerCases;
import org.gms.server.oncology.TumourSampleType;
import org.gms.server.ordering.NewOrder;
import org.gms.server.ordering.TestOrders;
import org.gms.server.ordering.Urgency;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The cancer demonstration case, worked through the real services as the demo users: a woman with
 * stage IV lung adenocarcinoma; the clinician orders M4.13 (the NSCLC combined small and structural
 * variant panel) and opens the case (OncoTree LUAD); the laboratory receives FFPE tissue (40%
 * tumour) and analyses its tumour VCF; the tumour board reports every tier I/II finding and the
 * report is authorised. Six months later a plasma sample is analysed for ctDNA monitoring. The
 * variants are real recurrent NSCLC alterations at their GRCh38 positions: the CD74-ROS1 fusion
 * (breakends in CD74 intron 6 and ROS1 intron 33), EGFR L858R (chr7:55191822 T>G) and, in plasma,
 * the EGFR T790M resistance mutation (chr7:55181378 C>T).
 */
public final class DemoCancerCase {

  static final String REQUEST_KEY = "demo-luad-ros1";
  static final NhsNumber PATIENT = new NhsNumber("9990002002");
  private static final String LAB = "Demo Genomic Laboratory Hub";
  private static final String CSQ_HEADER =
      "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP."
          + " Format: Allele|Consequence|IMPACT|SYMBOL|HGVSc|HGVSp|EXON|CANONICAL|gnomADe_AF\">\n";
  private static final String EGFR_L858R =
      "chr7\t55191822\t.\tT\tG\t.\tPASS\tCSQ=G|missense_variant|MODERATE|EGFR"
          + "|ENST00000275493.7:c.2573T>G|ENSP00000275493.2:p.Leu858Arg|21/28|YES|\tGT:AD\t";

  static final String TISSUE_VCF =
      "##fileformat=VCFv4.2\n##reference=GRCh38\n"
          + CSQ_HEADER
          + "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"SV type\">\n"
          + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
          + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
          + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOUR\n"
          + "chr5\t150404000\tbnd1\tA\tA[chr6:117324000[\t.\tPASS\tSVTYPE=BND\tGT:AD\t0/1:60,20\n"
          + "chr6\t117324000\tbnd2\tT\t]chr5:150404000]T\t.\tPASS\tSVTYPE=BND\tGT:AD\t0/1:60,20\n"
          + EGFR_L858R
          + "0/1:130,70\n";

  static final String PLASMA_VCF =
      "##fileformat=VCFv4.2\n##reference=GRCh38\n"
          + CSQ_HEADER
          + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
          + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
          + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPLASMA\n"
          + "chr7\t55181378\t.\tC\tT\t.\tPASS\tCSQ=T|missense_variant|MODERATE|EGFR"
          + "|ENST00000275493.7:c.2369C>T|ENSP00000275493.2:p.Thr790Met|20/28|YES|\tGT:AD\t0/1:950,50\n"
          + EGFR_L858R
          + "0/1:900,100\n";

  private DemoCancerCase() {}

  /**
   * Creates the case once and works it to an authorised report (waiting for the analysis, at most
   * five minutes); returns the case id, or empty when it could not be finished (said on stderr).
   */
  public static Optional<Long> createIfMissing(ConfigurableApplicationContext context) {
    Patients patients = context.getBean(Patients.class);
    DemoOrders.register(patients, PATIENT, "Demo Sarah", LocalDate.of(1984, 6, 21), Sex.FEMALE);
    TestOrders orders = context.getBean(TestOrders.class);
    CancerCases cases = context.getBean(CancerCases.class);
    TestOrders.Submission submission =
        DemoOrders.ordered(
            orders,
            new NewOrder(
                REQUEST_KEY,
                PATIENT,
                "M4",
                "M4.13",
                LAB,
                Urgency.URGENT,
                List.of(),
                List.of(),
                false,
                true,
                null,
                null,
                null));
    long orderId = submission.order().id();
    Optional<Long> existing = as("clinician", () -> cases.caseOfOrder(orderId));
    if (existing.isPresent()) {
      return existing;
    }
    long caseId =
        as(
            "clinician",
            () ->
                cases.open(
                    orderId,
                    "LUAD",
                    "Adenocarcinoma, acinar predominant",
                    "Right upper lobe",
                    "IVA"));
    try {
      long tissue =
          as(
              "scientist",
              () ->
                  cases.receiveSample(
                      caseId,
                      TumourSampleType.FFPE,
                      "DEMO-T-0001",
                      40,
                      null,
                      LocalDate.now().minusMonths(6)));
      long run = as("scientist", () -> start(cases, caseId, tissue, TISSUE_VCF, "luad-tissue.vcf"));
      await(cases, run);
      as(
          "scientist",
          () -> {
            for (String key : cases.actionableFindings(caseId)) {
              cases.decide(caseId, key, "REPORTED", "Discussed at the lung MTB: report.");
            }
            return cases.authorise(caseId);
          });
      long plasma =
          as(
              "scientist",
              () ->
                  cases.receiveSample(
                      caseId,
                      TumourSampleType.PLASMA_CTDNA,
                      "DEMO-P-0001",
                      null,
                      null,
                      LocalDate.now().minusDays(3)));
      as("scientist", () -> start(cases, caseId, plasma, PLASMA_VCF, "luad-plasma.vcf"));
    } catch (RuntimeException e) {
      System.err.println("The cancer demo case " + caseId + " was not finished: " + e.getMessage());
    }
    return Optional.of(caseId);
  }

  private static long start(CancerCases cases, long caseId, long sample, String vcf, String name) {
    return cases.startRun(
        caseId, sample, new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), name, 1.2);
  }

  private static void await(CancerCases cases, long run) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      String state = as("scientist", () -> cases.runState(run));
      if (state.startsWith("SUCCEEDED")) {
        return;
      }
      if (state.startsWith("FAILED")) {
        throw new IllegalStateException("somatic run " + run + " " + state);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    throw new IllegalStateException("somatic run " + run + " did not finish in 5 minutes");
  }
}
