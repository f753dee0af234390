package org.gms.server.trials.internal;

import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.record.NhsNumber;

/** A stored case: its profile and who treats it. */
record CaseRow(
    long caseId,
    long orderId,
    NhsNumber patient,
    String organisation,
    String laboratory,
    CaseProfile profile) {}
