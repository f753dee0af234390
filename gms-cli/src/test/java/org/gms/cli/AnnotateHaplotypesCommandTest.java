package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gms annotate --haplotypes} on bcftools csq's own test transcripts and genome pieces: the
 * documented case B2 (a 4-base deletion and a 1-base insertion in cis, together an in-frame
 * deletion) with a substitution on the other haplotype. Each allele of the pair keeps its own
 * frameshift in GMS_ANN and gets the joint effect in GMS_HAP; the allele in trans gets none.
 */
class AnnotateHaplotypesCommandTest {

  private static final Path DIR = Path.of("../../shared/reference/transcripts/bcftools-6regions");

  @TempDir Path temp;
  private final StringWriter err = new StringWriter();

  @Test
  void thePhasedPairGetsItsJointEffectBesideItsOwnConsequence() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "shared reference data absent: " + DIR);
    Path input =
        Files.writeString(
            temp.resolve("phased.vcf"),
            "##fileformat=VCFv4.2\n"
                + "##contig=<ID=18,length=80373285>\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "##FORMAT=<ID=PS,Number=1,Type=Integer,Description=\"Phase set\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tkid\n"
                + "18\t14748481\ttrans\tT\tA\t50\tPASS\t.\tGT:PS\t1|0:77\n"
                + "18\t14748483\tdel4\tAGCGA\tA\t50\tPASS\t.\tGT:PS\t0|1:77\n"
                + "18\t14748492\tins1\tG\tGT\t50\tPASS\t.\tGT:PS\t0|1:77\n");
    Path output = temp.resolve("phased.annotated.vcf");

    int exit =
        Gms.commandLine()
            .setErr(new PrintWriter(err, true))
            .execute(
                "annotate",
                "--input",
                input.toString(),
                "--transcripts",
                DIR.resolve("bcftools_csq_grch38.abs.gff3").toString(),
                "--reference",
                DIR.resolve("bcftools_csq_grch38.regions.fa").toString(),
                "--build",
                "GRCh38",
                "--haplotypes",
                "--output",
                output.toString());

    assertThat(exit).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).anyMatch(l -> l.startsWith("##INFO=<ID=GMS_HAP,"));
    Map<String, String> info =
        lines.stream()
            .filter(l -> !l.startsWith("#"))
            .collect(Collectors.toMap(l -> l.split("\t")[2], l -> l.split("\t")[7]));
    assertThat(info.get("trans")).doesNotContain("GMS_HAP=");
    for (String id : List.of("del4", "ins1")) {
      assertThat(info.get(id)).contains("frameshift_variant"); // its own consequence, in GMS_ANN
      String hap = info.get(id).substring(info.get(id).indexOf("GMS_HAP=") + 8);
      assertThat(hap.split(","))
          .allSatisfy(
              entry -> {
                String[] f = entry.split("\\|", -1);
                assertThat(f[1]).isEqualTo("kid");
                assertThat(f[3]).isEqualTo("inframe_deletion");
                assertThat(f[4]).isEqualTo("22SERV>22NGF");
                assertThat(f[5]).isEqualTo("1");
                assertThat(f[6]).isEqualTo("77");
                assertThat(f[7])
                    .isEqualTo(id.equals("del4") ? "18:14748492:G:GT" : "18:14748483:AGCGA:A");
              })
          .hasSize(3);
    }
  }
}
