package org.gms.genomics.annotation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.NormalisedVariant;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.gms.genomics.variant.VcfWriter;

/**
 * Annotates every ALT allele of a VCF with its effect on each transcript, its ClinVar
 * classification and its gene's constraint, and writes an annotated VCF (INFO {@value #INFO_KEY})
 * or JSON Lines, atomically: the output appears only when complete.
 *
 * <p>Records are read on the calling thread and annotated in batches by a worker pool; batches are
 * written in input order, so the output follows the input record for record.
 */
public final class VcfAnnotation {

  /** The INFO field of an annotated VCF. */
  public static final String INFO_KEY = GmsAnnField.KEY;

  /** The flag of an allele the reference does not cover (not normalised). */
  public static final String REFERENCE_UNAVAILABLE = "reference_unavailable";

  /**
   * What an annotation did.
   *
   * @param notSequence alleles that are not sequence (symbolic, breakend, '*'), not annotated
   * @param flagged annotated alleles with a flag ({@link #REFERENCE_UNAVAILABLE})
   */
  public record Summary(long records, long annotated, long notSequence, long flagged) {}

  /** Told after each written batch, on the reading thread. */
  public interface Progress {
    void update(long records, long annotated);
  }

  private final Annotator annotator;
  private final ReferenceGenome genome;
  private final VariantNormaliser normaliser;
  private final GeneConstraints constraints;
  private final GmsAnnField field;
  private final int threads;
  private final int compressionLevel;
  private final boolean haplotypes;

  /**
   * @param threads annotation threads, at least 1
   * @param compressionLevel deflate level of a {@code .vcf.gz} output, 1 (fastest) to 9 (smallest)
   */
  public VcfAnnotation(
      Annotator annotator,
      ReferenceGenome genome,
      GeneConstraints constraints,
      int threads,
      int compressionLevel) {
    this(annotator, genome, constraints, threads, compressionLevel, false);
  }

  /**
   * As {@link #VcfAnnotation(Annotator, ReferenceGenome, GeneConstraints, int, int)}; with {@code
   * haplotypes}, each allele on a haplotype with other coding alleles of a transcript (phased
   * genotypes of one phase set, per sample) also gets their joint effect ({@value
   * HaplotypeField#KEY}, JSON {@code haplotypes}), records being held until it is known (see {@link
   * HaplotypeWindow}).
   */
  public VcfAnnotation(
      Annotator annotator,
      ReferenceGenome genome,
      GeneConstraints constraints,
      int threads,
      int compressionLevel,
      boolean haplotypes) {
    if (threads < 1) {
      throw new IllegalArgumentException("Annotation needs at least 1 thread; got " + threads);
    }
    if (compressionLevel < 1 || compressionLevel > 9) {
      throw new IllegalArgumentException(
          "The compression level goes from 1 (fastest) to 9 (smallest); got " + compressionLevel);
    }
    this.annotator = annotator;
    this.genome = genome;
    this.normaliser = VariantNormaliser.using(genome);
    this.constraints = constraints;
    this.field = new GmsAnnField(constraints);
    this.threads = threads;
    this.compressionLevel = compressionLevel;
    this.haplotypes = haplotypes;
  }

  /**
   * Whether a file name asks for JSON Lines ({@code .jsonl}, {@code .jsonl.gz}) rather than a VCF
   * ({@code .vcf}, {@code .vcf.gz}).
   *
   * @throws IllegalArgumentException for any other name
   */
  public static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      return true;
    }
    if (name.endsWith(".vcf") || name.endsWith(".vcf.gz")) {
      return false;
    }
    throw new IllegalArgumentException(
        "Output " + file + ": name it .vcf, .vcf.gz, .jsonl or .jsonl.gz to choose the format");
  }

  /** Annotates every record of the reader into the output, in the format its name asks for. */
  public Summary write(VcfReader reader, Path output, Progress progress)
      throws IOException, InterruptedException {
    boolean jsonLines = isJsonLines(output);
    AnnotationCounts counts = new AnnotationCounts();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    BatchPipeline batches = new BatchPipeline(reader, pool, threads, counts, progress);
    try {
      if (haplotypes) {
        new PhasedAnnotationWriter(
                annotator, this::annotate, field, constraints, threads, compressionLevel)
            .write(batches, output, jsonLines);
      } else if (jsonLines) {
        writeJsonLines(batches, output);
      } else {
        writeVcf(batches, output);
      }
    } finally {
      pool.shutdownNow();
    }
    return counts.summary();
  }

  /** Every ALT allele of one record, in ALT order. */
  private List<AnnotatedAllele> annotate(VcfRecord record, AnnotationCounts counts) {
    return annotate(record, counts, null);
  }

  /**
   * Every ALT allele of one record, in ALT order; the alleles as annotated (normalised; null for
   * those not annotated) are added to {@code queries} when it is not null.
   */
  private List<AnnotatedAllele> annotate(
      VcfRecord record, AnnotationCounts counts, List<SequenceVariant> queries) {
    List<AnnotatedAllele> out = new ArrayList<>();
    String id = ".".equals(record.id()) ? null : record.id();
    for (RecordAllele allele : record.alleles()) {
      if (allele.variant().isEmpty()) {
        counts.addNotSequence();
        out.add(
            AnnotatedAllele.not(
                new NotAnnotated(
                    record.start(),
                    record.ref(),
                    allele.alt(),
                    id,
                    NotAnnotated.Reason.of(allele.kind()))));
        if (queries != null) {
          queries.add(null);
        }
        continue;
      }
      SequenceVariant original = allele.variant().get();
      boolean covered =
          genome.covers(
              original.contig(),
              Math.max(1, original.position() - 1),
              original.position() + Math.max(0, original.ref().length() - 1));
      SequenceVariant query = covered ? normalised(original) : original;
      if (queries != null) {
        queries.add(query);
      }
      VariantAnnotation annotation = annotator.annotate(query, id);
      // positions and alleles in the output are the input's, whatever was annotated
      annotation =
          new VariantAnnotation(original, id, annotation.annotations(), annotation.clinvar());
      out.add(AnnotatedAllele.of(annotation, covered ? List.of() : List.of(REFERENCE_UNAVAILABLE)));
    }
    return out;
  }

  /** The left-aligned allele in VCF form, or the input when it cannot be padded. */
  private SequenceVariant normalised(SequenceVariant original) {
    NormalisedVariant normalised = normaliser.normalise(original);
    if (normalised.variant().equals(original)) {
      return original;
    }
    return normaliser.padded(normalised.variant()).orElse(original);
  }

  private void writeJsonLines(BatchPipeline batches, Path output)
      throws IOException, InterruptedException {
    try (AtomicOutput atomic = AtomicOutput.create(output)) {
      Writer writer = atomic.text();
      batches.run(
          batch -> {
            StringWriter text = new StringWriter();
            try (AnnotationJsonLines lines = new AnnotationJsonLines(text, constraints)) {
              for (VcfRecord record : batch) {
                for (AnnotatedAllele allele : annotate(record, batches.counts())) {
                  if (allele.notAnnotated() != null) {
                    lines.write(allele.notAnnotated());
                  } else {
                    batches.counts().addAnnotated(allele.flags());
                    lines.write(allele.annotation(), allele.flags());
                  }
                }
              }
            }
            return text.toString();
          },
          (batch, text) -> {
            try {
              writer.write(text);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      writer.close();
      atomic.commit();
    }
  }

  private void writeVcf(BatchPipeline batches, Path output) throws InterruptedException {
    try (VcfWriter writer =
        VcfWriter.open(
            output,
            batches.reader().header(),
            field.definition(),
            Math.min(threads, 4),
            compressionLevel)) {
      batches.run(
          batch -> {
            List<byte[]> values = new ArrayList<>(batch.size());
            StringBuilder value = new StringBuilder(1024);
            for (VcfRecord record : batch) {
              value.setLength(0);
              for (AnnotatedAllele allele : annotate(record, batches.counts())) {
                if (allele.notAnnotated() == null) {
                  batches.counts().addAnnotated(allele.flags());
                }
                field.append(value, allele);
              }
              // the field has escaped everything an INFO value may not hold
              values.add(
                  value.isEmpty() ? null : value.toString().getBytes(StandardCharsets.UTF_8));
            }
            return values;
          },
          (batch, values) -> {
            for (int i = 0; i < batch.size(); i++) {
              writer.write(batch.get(i), values.get(i));
            }
          });
      writer.commit();
    }
  }
}
