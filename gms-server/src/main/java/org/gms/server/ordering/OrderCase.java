package org.gms.server.ordering;

import java.util.List;
import org.gms.server.record.NhsNumber;

/**
 * An order as a case to re-examine when knowledge changes: who, which laboratory, which test and
 * phenotype, and where it is.
 *
 * @param indication the clinical indication, e.g. {@code R29}
 * @param directoryVersion the test directory release the order was checked against
 * @param test the directory test code, e.g. {@code R29.4}
 * @param hpoTerms the observed HPO terms given on the request
 */
public record OrderCase(
    long id,
    NhsNumber patient,
    String laboratory,
    String indication,
    String directoryVersion,
    String test,
    List<String> hpoTerms,
    OrderState state) {

  public OrderCase {
    hpoTerms = List.copyOf(hpoTerms);
  }
}
