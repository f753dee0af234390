package org.gms.genomics.cancer;

import java.util.List;
import org.gms.genomics.cancer.input.CopyNumberCall;
import org.gms.genomics.cancer.input.Fusion;
import org.gms.genomics.cancer.input.TumourSample;
import org.gms.genomics.cancer.tumourtype.TumourType;

/**
 * Analyses one tumour: its small variants (from a MAF or a tumour VCF), copy number and fusions,
 * for its tumour type. Thread-safe; one instance serves many samples.
 *
 * <pre>{@code
 * SomaticAnalysis analysis = SomaticAnalysis.create(SomaticSettings.bundled()
 *     .withHotspots(Hotspots.read(hotspotsFile))
 *     .withTmb(TmbDefinition.CBIOPORTAL_NONSYNONYMOUS, Territory.ofMegabases(38, "exome")));
 * TumourType type = TumourTypes.bundled().resolve("COADREAD");
 * for (TumourSample sample : MafReader.read(maf)) {
 *   SomaticReport report = analysis.analyse(sample, type, List.of(), List.of());
 * }
 * }</pre>
 */
public interface SomaticAnalysis {

  SomaticReport analyse(
      TumourSample sample,
      TumourType tumourType,
      List<CopyNumberCall> copyNumber,
      List<Fusion> fusions);

  static SomaticAnalysis create(SomaticSettings settings) {
    return new SomaticAnalyser(settings);
  }
}
