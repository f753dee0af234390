package org.gms.server.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Outcomes of testing in a period (whole months, {@code from} inclusive, {@code to} exclusive):
 * cancer cases reported with an actionable finding and the targeted therapies started for them, and
 * pharmacogenomic results in use at prescribing.
 *
 * @param cancer per tumour type, most cases first; {@code cancerTotal} the service's
 * @param pgx per guideline drug, most checks first; {@code pgxTotal} the service's
 */
public record Outcomes(
    LocalDate from,
    LocalDate to,
    List<CancerRow> cancer,
    CancerRow cancerTotal,
    List<PgxRow> pgx,
    PgxRow pgxTotal) {

  public Outcomes {
    cancer = List.copyOf(cancer);
    pgx = List.copyOf(pgx);
  }

  /**
   * Cancer cases whose report in force was authorised in the period.
   *
   * @param reported cases reported
   * @param actionable of those, cases with a tier I or II finding (AMP/ASCO/CAP 2017)
   * @param actionableShare actionable / reported with its Wilson 95% interval; null when none
   * @param withTherapy of the actionable cases, those with a targeted therapy recorded as started
   *     (at any time)
   * @param therapyShare withTherapy / actionable with its Wilson 95% interval; null when none
   */
  public record CancerRow(
      String tumourType,
      long reported,
      long actionable,
      Figures.Proportion actionableShare,
      long withTherapy,
      Figures.Proportion therapyShare) {}

  /**
   * Draft medication orders checked against a stored pharmacogenomic result at prescribing (CDS
   * Hooks). Whether the prescription was then changed is not known: the service receives no
   * feedback on its cards.
   *
   * @param checks drug orders checked
   * @param withCards of those, checks that showed the prescriber at least one card
   * @param cards cards shown
   * @param shareWithCards withCards / checks with its Wilson 95% interval; null when none
   */
  public record PgxRow(
      String drug, long checks, long withCards, long cards, Figures.Proportion shareWithCards) {}
}
