package org.gms.genomics.variant;

import java.util.Optional;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;

/**
 * How to read a VCF.
 *
 * @param build the declared genome build: contig lengths in the header must agree with it and
 *     records must lie on its contigs (or on contigs the header declares); null checks nothing
 * @param reference when given, each record's REF is compared with the reference where the reference
 *     covers it; null skips the check
 * @param lenient skip (and count) records with a record-level problem instead of stopping; also
 *     repairs a header whose fixed column names are wrong (as written by spreadsheets)
 * @param threads worker threads for BGZF inflation (at least 1)
 */
public record VcfReadOptions(
    GenomeBuild build, ReferenceGenome reference, boolean lenient, int threads) {

  public VcfReadOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("At least one inflation thread is needed; got " + threads);
    }
  }

  /** Strict reading, no build or reference checks, as many threads as cores (at most four). */
  public static VcfReadOptions defaults() {
    return new VcfReadOptions(null, null, false, Bgzf.defaultThreads());
  }

  public VcfReadOptions withBuild(GenomeBuild build) {
    return new VcfReadOptions(build, reference, lenient, threads);
  }

  public VcfReadOptions withReference(ReferenceGenome reference) {
    return new VcfReadOptions(build, reference, lenient, threads);
  }

  public VcfReadOptions withLenient(boolean lenient) {
    return new VcfReadOptions(build, reference, lenient, threads);
  }

  public VcfReadOptions withThreads(int threads) {
    return new VcfReadOptions(build, reference, lenient, threads);
  }

  public Optional<GenomeBuild> declaredBuild() {
    return Optional.ofNullable(build);
  }

  public Optional<ReferenceGenome> referenceGenome() {
    return Optional.ofNullable(reference);
  }
}
