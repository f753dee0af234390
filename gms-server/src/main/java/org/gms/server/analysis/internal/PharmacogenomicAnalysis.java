package org.gms.server.analysis.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gms.genomics.pgx.PgxAnalyser;
import org.gms.genomics.pgx.PgxReport;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader;
import org.gms.genomics.pgx.genotype.VcfGenotypeReader.VcfGenotypes;
import org.gms.server.GmsException;
import org.gms.server.analysis.PharmacogenomicUploads;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patients;
import org.gms.server.record.PgxResult;
import org.gms.server.record.PgxResults;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The platform's one way of calling pharmacogenomic genotypes: one sample of a VCF read at the
 * analyser's positions, called and matched to the CPIC/DPWG guidelines, the report stored in the
 * patient's record. Analysis runs ({@link PharmacogenomicJob}) and uploads to a patient's record
 * both come here.
 */
@Component
class PharmacogenomicAnalysis implements PharmacogenomicUploads {

  private final ObjectProvider<PgxAnalyser> analyser;
  private final PgxResults results;
  private final Patients patients;

  PharmacogenomicAnalysis(
      ObjectProvider<PgxAnalyser> analyser, PgxResults results, Patients patients) {
    this.analyser = analyser;
    this.results = results;
    this.patients = patients;
  }

  @Override
  public PgxResult analyseAndStore(
      NhsNumber nhsNumber, Path vcf, Optional<String> sample, String input) {
    // an unknown patient is refused before the VCF is read
    if (patients.find(nhsNumber).isEmpty()) {
      throw Patients.notRegistered(nhsNumber);
    }
    return results.store(nhsNumber, analyse(vcf, sample, input), input);
  }

  /**
   * The report of one sample of the VCF: the named one, or the only one when none is named.
   *
   * @throws GmsException when the sample is not in the VCF, or none is named and the VCF has
   *     several
   */
  PgxReport analyse(Path vcf, Optional<String> sample, String input) {
    PgxAnalyser pgx = analyser.getObject();
    Predicate<String> wanted = sample.<Predicate<String>>map(s -> s::equals).orElse(s -> true);
    VcfGenotypes read = new VcfGenotypeReader(pgx.positions()).read(vcf, wanted);
    if (read.samples().size() != 1) {
      throw new GmsException(
          sample.isPresent()
              ? "Sample '"
                  + sample.get()
                  + "' is not in the VCF; its samples are "
                  + read.sampleNames()
                  + "."
              : "The VCF has "
                  + read.sampleNames().size()
                  + " samples "
                  + read.sampleNames()
                  + ": name the patient's with ?sample=NAME.");
    }
    return pgx.analyse(read.samples().get(0), List.of(), input, read.warnings());
  }
}
