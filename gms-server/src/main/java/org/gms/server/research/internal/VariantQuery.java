package org.gms.server.research.internal;

import java.util.Map;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.variant.VariantKey;

/**
 * A g_variants query, already parsed.
 *
 * @param from 1-based inclusive
 * @param to 1-based inclusive
 * @param exact when set, only this variant (a sequence query)
 * @param parameters the request parameters as the response summary echoes them
 */
record VariantQuery(
    GenomeBuild build,
    String contig,
    long from,
    long to,
    VariantKey exact,
    String gene,
    Map<String, Object> parameters) {}
