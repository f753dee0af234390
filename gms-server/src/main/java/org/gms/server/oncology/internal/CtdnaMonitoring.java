package org.gms.server.oncology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serial samples of a case (the diagnostic tissue, then plasma over months): the VAF of each
 * variant over time, from the latest succeeded run of every sample in collection order. A variant
 * absent from an earlier analysed sample and present later, with CIViC evidence of resistance to a
 * therapy (e.g. EGFR T790M or C797S), is flagged as a new resistance variant.
 */
@Service
@Transactional
class CtdnaMonitoring {

  private final CaseStore cases;
  private final SomaticRuns runs;

  CtdnaMonitoring(CaseStore cases, SomaticRuns runs) {
    this.cases = cases;
    this.runs = runs;
  }

  /** One measurement: the sample, when it was taken, the VAF (0 when the variant was not seen). */
  record Point(
      long sampleId, String barcode, String sampleType, LocalDate collectedOn, double vaf) {}

  /**
   * One tracked variant over time.
   *
   * @param resistanceTo therapies CIViC gives resistance evidence for, or empty
   * @param newResistance absent from the first analysed sample, present later, with resistance
   *     evidence
   */
  record Series(
      String key,
      String gene,
      String proteinChange,
      String tier,
      List<Point> points,
      List<String> resistanceTo,
      boolean newResistance) {}

  List<Series> series(long caseId) {
    cases.visibleOrThrow(caseId);
    Map<Long, TumourSample> samples = new LinkedHashMap<>();
    cases.samples(caseId).forEach(s -> samples.put(s.id(), s));
    Map<Long, SomaticRun> latestBySample = new LinkedHashMap<>();
    for (SomaticRun run : runs.ofCase(caseId)) {
      if (run.succeeded()) {
        latestBySample.put(run.sampleId(), run);
      }
    }
    List<TumourSample> analysed =
        samples.values().stream().filter(s -> latestBySample.containsKey(s.id())).toList();
    Map<String, SomaticResult.Item> variants = new LinkedHashMap<>();
    Map<String, Map<Long, Double>> vafs = new LinkedHashMap<>();
    for (TumourSample s : analysed) {
      SomaticResult result = runs.result(latestBySample.get(s.id()).id()).orElseThrow();
      for (SomaticResult.Item item : result.findings()) {
        if (!item.kind().equals("snv/indel") && item.vaf() == null) {
          continue;
        }
        String key =
            item.gene()
                + ":"
                + (item.proteinChange().isEmpty() ? item.alteration() : item.proteinChange());
        variants.putIfAbsent(key, item);
        vafs.computeIfAbsent(key, k -> new LinkedHashMap<>())
            .put(s.id(), item.vaf() == null ? Double.NaN : item.vaf());
      }
    }
    List<Series> out = new ArrayList<>();
    variants.forEach(
        (key, item) -> {
          List<Point> points = new ArrayList<>();
          for (TumourSample s : analysed) {
            double vaf = vafs.get(key).getOrDefault(s.id(), 0.0);
            points.add(new Point(s.id(), s.barcode(), s.type().name(), s.collectedOn(), vaf));
          }
          List<String> resistance =
              item.evidence().stream()
                  .filter(SomaticResult.Evidence::resistance)
                  .flatMap(e -> e.therapies().stream())
                  .distinct()
                  .toList();
          boolean absentFirst = !points.isEmpty() && points.get(0).vaf() == 0.0;
          boolean presentLater =
              points.stream().skip(1).anyMatch(p -> p.vaf() > 0 || Double.isNaN(p.vaf()));
          out.add(
              new Series(
                  key,
                  item.gene(),
                  item.proteinChange(),
                  item.tier(),
                  points,
                  resistance,
                  absentFirst && presentLater && !resistance.isEmpty()));
        });
    return out;
  }
}
