package org.gms.server.trials.internal;

import java.time.Instant;
import org.gms.genomics.cancer.trial.Trial;

/** A trial as stored: parsed, with its import's particulars. */
record StoredTrial(
    Trial trial, String fileName, String sha256, String importedBy, Instant importedAt) {}
