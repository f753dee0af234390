package org.gms.server.decisionsupport;

import java.time.Instant;
import java.util.Map;

/**
 * Published when a draft medication order was checked against a patient's stored pharmacogenomic
 * result (a CDS Hooks call for a patient with a result covering the drugs ordered): how many cards
 * were shown for each drug checked (0 when the result asks for no change). No patient identity: for
 * management figures of pharmacogenomic results in use. Whether the prescriber then changed the
 * prescription is not known here (the service receives no CDS Hooks feedback).
 *
 * @param hook {@code order-select} or {@code order-sign}
 * @param cardsByDrug cards shown per guideline drug checked
 * @param at when the check was made
 */
public record PgxChecked(String hook, Map<String, Integer> cardsByDrug, Instant at) {

  public PgxChecked {
    cardsByDrug = Map.copyOf(cardsByDrug);
  }
}
