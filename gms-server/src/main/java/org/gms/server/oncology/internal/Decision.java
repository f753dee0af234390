package org.gms.server.oncology.internal;

import java.time.Instant;

/**
 * A tumour board decision on one finding: reported, not reported, or a comment (which decides
 * nothing). The latest REPORTED/NOT_REPORTED of a finding stands; all are kept.
 */
record Decision(
    long id,
    long runId,
    String findingKey,
    String decision,
    String comment,
    String decidedBy,
    Instant decidedAt) {}
