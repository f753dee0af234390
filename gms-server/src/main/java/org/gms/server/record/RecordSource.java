package org.gms.server.record;

import java.util.List;

/**
 * What another feature knows about a patient, for the patient's genomic healthcare record: tests
 * and reports (ordering, analysis), consent decisions (consent), re-analysis alerts. The record
 * depends on no feature that depends on it; those features implement this as a Spring bean and the
 * record gathers every one.
 */
public interface RecordSource {

  /** The section of the record the entries belong to, e.g. {@code tests}, {@code consents}. */
  String section();

  /** The patient's entries in this section, oldest first; empty when there are none. */
  List<RecordEntry> entries(NhsNumber patient);
}
