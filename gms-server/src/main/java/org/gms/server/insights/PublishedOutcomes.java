package org.gms.server.insights;

import java.util.List;

/**
 * A year's published outcomes: cancer cases reported by tumour type and pharmacogenomic checks at
 * prescribing by drug, each table with the service's row last ("All"). A null count is suppressed
 * (1 to 4, or a count from which a suppressed one could be worked out); a share is given only where
 * both its counts are.
 *
 * @param cancer cancer cases whose report in force was authorised in the year, by tumour type
 * @param pgx draft medication orders checked against a stored pharmacogenomic result, by drug
 */
public record PublishedOutcomes(int year, List<CancerRow> cancer, List<PgxRow> pgx) {

  public PublishedOutcomes {
    cancer = List.copyOf(cancer);
    pgx = List.copyOf(pgx);
  }

  /**
   * One tumour type.
   *
   * @param reported cases reported
   * @param actionable of those, cases with a tier I or II finding (AMP/ASCO/CAP 2017)
   * @param withTherapy of the actionable cases, those with a targeted therapy recorded as started
   * @param actionableShare actionable / reported with its Wilson 95% interval
   * @param therapyShare withTherapy / actionable with its Wilson 95% interval
   */
  public record CancerRow(
      String tumourType,
      Long reported,
      Long actionable,
      Long withTherapy,
      Figures.Proportion actionableShare,
      Figures.Proportion therapyShare) {}

  /**
   * One drug.
   *
   * @param checks draft medication orders checked
   * @param withCards of those, checks that showed the prescriber at least one card
   * @param cards cards shown
   * @param shareWithCards withCards / checks with its Wilson 95% interval
   */
  public record PgxRow(
      String drug, Long checks, Long withCards, Long cards, Figures.Proportion shareWithCards) {}
}
