package org.gms.server.insights.internal;

import java.util.ArrayList;
import java.util.List;
import org.gms.server.insights.Dimension;

/**
 * The kinds of published figure, each a FHIR {@code Measure} of {@link MeasureBundle}: its id,
 * title, scoring, populations and the dimensions it is stratified by.
 */
final class MeasureDefinitions {

  private MeasureDefinitions() {}

  /**
   * A kind of published figure: its Measure's id, title, scoring and populations.
   *
   * @param stratifiers the dimensions it is stratified by
   * @param otherStratifiers stratifiers that are not dimensions of the orders (code, title): the
   *     tumour type of a cancer case, the drug of a prescription
   */
  record Definition(
      String id,
      String name,
      String title,
      String scoring,
      String description,
      List<String[]> populations,
      List<Dimension> stratifiers,
      List<String[]> otherStratifiers) {

    Definition(
        String id,
        String name,
        String title,
        String scoring,
        String description,
        List<String[]> populations,
        List<Dimension> stratifiers) {
      this(id, name, title, scoring, description, populations, stratifiers, List.of());
    }
  }

  /** The stratifier of the cancer outcomes. */
  static final String[] TUMOUR_TYPE = {"tumour-type", "Tumour type (OncoTree)"};

  /** The stratifier of the pharmacogenomic outcomes. */
  static final String[] DRUG = {"drug", "Drug (guideline)"};

  static final Definition CANCER_ACTIONABLE =
      new Definition(
          "gms-cancer-actionable",
          "GmsCancerActionable",
          "Cancer cases with an actionable finding",
          "proportion",
          "Of the cancer cases whose report in force was authorised in the period, the share with a"
              + " tier I or II finding (AMP/ASCO/CAP 2017); by tumour type. The Wilson 95% interval"
              + " is in the JSON figures.",
          List.<String[]>of(
              new String[] {"denominator", "Cancer cases reported in the period"},
              new String[] {"numerator", "Of those, cases with a tier I or II finding"}),
          List.of(),
          List.<String[]>of(TUMOUR_TYPE));

  static final Definition CANCER_THERAPY =
      new Definition(
          "gms-cancer-targeted-therapy",
          "GmsCancerTargetedTherapy",
          "Actionable cancer cases with a targeted therapy started",
          "proportion",
          "Of the cancer cases reported in the period with a tier I or II finding, the share with a"
              + " targeted therapy recorded as started (at any date); by tumour type.",
          List.<String[]>of(
              new String[] {"denominator", "Cancer cases reported with a tier I or II finding"},
              new String[] {"numerator", "Of those, cases with a targeted therapy started"}),
          List.of(),
          List.<String[]>of(TUMOUR_TYPE));

  static final Definition PGX_CHECKS =
      new Definition(
          "gms-pgx-checks-with-cards",
          "GmsPgxChecksWithCards",
          "Prescriptions checked against a pharmacogenomic result that showed a card",
          "proportion",
          "Of the draft medication orders checked at prescribing (CDS Hooks) for a patient with a"
              + " stored pharmacogenomic result in the period, the share that showed the prescriber"
              + " at least one card; by drug. Whether the prescription then changed is not known.",
          List.<String[]>of(
              new String[] {"denominator", "Draft medication orders checked"},
              new String[] {"numerator", "Of those, checks that showed at least one card"}),
          List.of(),
          List.<String[]>of(DRUG));

  static final Definition PGX_CARDS =
      new Definition(
          "gms-pgx-cards",
          "GmsPgxCards",
          "Pharmacogenomic cards shown at prescribing",
          "cohort",
          "Cards shown to prescribers by the pharmacogenomic checks of draft medication orders in"
              + " the period; by drug.",
          List.<String[]>of(new String[] {"initial-population", "Cards shown"}),
          List.of(),
          List.<String[]>of(DRUG));

  /** The turnaround Measures' stratifiers, as the JSON's turnaround tables. */
  static final List<Dimension> TURNAROUND_BY =
      List.of(Dimension.TARGET, Dimension.ETHNIC_GROUP, Dimension.IMD_DECILE);

  static final Definition REQUESTS =
      new Definition(
          "gms-requests",
          "GmsRequests",
          "Requests for genomic tests",
          "cohort",
          "Test orders requested in the period, counted in the month of the request; by month and"
              + " by each published dimension. Counts from 1 to 4, and any count from which one"
              + " could be worked out, are suppressed.",
          List.<String[]>of(new String[] {"initial-population", "Orders requested in the period"}),
          MeasureDefinitions.dimensions());

  static final Definition WITHIN_TARGET =
      new Definition(
          "gms-reports-within-target",
          "GmsReportsWithinTarget",
          "Reports within the turnaround target",
          "proportion",
          "Of the reports issued in the period, the share issued by the order's expected date"
              + " (its test's turnaround target for its urgency); one stratifier per dimension:"
              + " test method and urgency, ethnic group, deprivation decile.",
          List.<String[]>of(
              new String[] {"denominator", "Orders reported in the period"},
              new String[] {"numerator", "Of those, reported by the order's expected date"}),
          TURNAROUND_BY);

  static final Definition MEDIAN_DAYS =
      new Definition(
          "gms-days-request-to-report-median",
          "GmsDaysRequestToReportMedian",
          "Median days from request to report",
          "continuous-variable",
          "Median whole days from request to report of the reports issued in the period (linear"
              + " interpolation between order statistics); shown where the count is shown and at"
              + " least 5. One stratifier per dimension: test method and urgency, ethnic group,"
              + " deprivation decile.",
          List.<String[]>of(new String[] {"measure-population", "Orders reported in the period"}),
          TURNAROUND_BY);

  static final Definition P90_DAYS =
      new Definition(
          "gms-days-request-to-report-p90",
          "GmsDaysRequestToReportP90",
          "90th centile of days from request to report",
          "continuous-variable",
          "90th centile of whole days from request to report of the reports issued in the period;"
              + " shown where the count is shown and at least 5. One stratifier per dimension: test"
              + " method and urgency, ethnic group, deprivation decile.",
          List.<String[]>of(new String[] {"measure-population", "Orders reported in the period"}),
          TURNAROUND_BY);

  static final Definition RATE =
      new Definition(
          "gms-request-rate",
          "GmsRequestRate",
          "Requests per 100,000 population per year",
          "ratio",
          "Requests in the year per 100,000 people; the service against England's configured"
              + " population, then one stratifier per dimension the published figures give rates"
              + " by, with a stratum per value that has a population: geography (configured"
              + " populations), ethnic group (Census 2021), deprivation decile (a tenth of England"
              + " each) and, only where England's population by age and sex is configured, age"
              + " band and sex. A rate whose count is suppressed is masked. Byar's 95% interval and"
              + " the rate ratio to England are in the JSON figures.",
          List.<String[]>of(
              new String[] {"numerator", "Orders requested in the year"},
              new String[] {"denominator", "People living in England, or of the stratum"}),
          List.of(
              Dimension.GEOGRAPHY,
              Dimension.ETHNIC_GROUP,
              Dimension.IMD_DECILE,
              Dimension.AGE_BAND,
              Dimension.SEX));

  static final Definition YIELD =
      new Definition(
          "gms-diagnostic-yield",
          "GmsDiagnosticYield",
          "Diagnostic yield of rare-disease testing",
          "proportion",
          "Of the rare-disease cases reported in the period, the share whose report in force holds"
              + " a pathogenic or likely pathogenic finding; by clinical indication. The Wilson 95%"
              + " interval is in the JSON figures.",
          List.<String[]>of(
              new String[] {"denominator", "Rare-disease cases reported in the period"},
              new String[] {
                "numerator", "Of those, reports with a pathogenic or likely pathogenic finding"
              }),
          List.of(Dimension.INDICATION));

  static final List<Definition> DEFINITIONS =
      List.of(
          REQUESTS,
          WITHIN_TARGET,
          MEDIAN_DAYS,
          P90_DAYS,
          RATE,
          YIELD,
          CANCER_ACTIONABLE,
          CANCER_THERAPY,
          PGX_CHECKS,
          PGX_CARDS);

  private static List<Dimension> dimensions() {
    List<Dimension> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      if (d != Dimension.ALL) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }
}
