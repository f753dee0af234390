package org.gms.genomics.annotation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
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

  private static final int BATCH = 1_000;

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
    Counts counts = new Counts();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      if (jsonLines) {
        writeJsonLines(reader, output, pool, counts, progress);
      } else {
        writeVcf(reader, output, pool, counts, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    return counts.summary();
  }

  /** Every ALT allele of one record, in ALT order. */
  private List<AnnotatedAllele> annotate(VcfRecord record, Counts counts) {
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
        continue;
      }
      SequenceVariant original = allele.variant().get();
      boolean covered =
          genome.covers(
              original.contig(),
              Math.max(1, original.position() - 1),
              original.position() + Math.max(0, original.ref().length() - 1));
      SequenceVariant query = covered ? normalised(original) : original;
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

  private void writeJsonLines(
      VcfReader reader, Path output, ExecutorService pool, Counts counts, Progress progress)
      throws IOException, InterruptedException {
    try (AtomicOutput atomic = AtomicOutput.create(output)) {
      OutputStream stream =
          output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
              ? new GZIPOutputStream(atomic.stream(), 1 << 16)
              : atomic.stream();
      Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      pipeline(
          reader,
          pool,
          counts,
          progress,
          batch -> {
            StringWriter text = new StringWriter();
            try (AnnotationJsonLines lines = new AnnotationJsonLines(text, constraints)) {
              for (VcfRecord record : batch) {
                for (AnnotatedAllele allele : annotate(record, counts)) {
                  if (allele.notAnnotated() != null) {
                    lines.write(allele.notAnnotated());
                  } else {
                    counts.addAnnotated(allele.flags());
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

  private void writeVcf(
      VcfReader reader, Path output, ExecutorService pool, Counts counts, Progress progress)
      throws InterruptedException {
    try (VcfWriter writer =
        VcfWriter.open(
            output, reader.header(), field.definition(), Math.min(threads, 4), compressionLevel)) {
      pipeline(
          reader,
          pool,
          counts,
          progress,
          batch -> {
            List<byte[]> values = new ArrayList<>(batch.size());
            StringBuilder value = new StringBuilder(1024);
            for (VcfRecord record : batch) {
              value.setLength(0);
              for (AnnotatedAllele allele : annotate(record, counts)) {
                if (allele.notAnnotated() == null) {
                  counts.addAnnotated(allele.flags());
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

  /** Annotates one batch on a worker. */
  private interface BatchWork<T> {
    T annotate(List<VcfRecord> batch);
  }

  /** Writes one annotated batch, on the reading thread, in input order. */
  private interface BatchSink<T> {
    void write(List<VcfRecord> batch, T result);
  }

  private record Pending<T>(List<VcfRecord> batch, Future<T> result) {}

  /**
   * Reads batches on this thread, annotates them on the pool and writes them in input order, with
   * at most two batches per thread in flight so memory stays bounded.
   */
  private <T> void pipeline(
      VcfReader reader,
      ExecutorService pool,
      Counts counts,
      Progress progress,
      BatchWork<T> work,
      BatchSink<T> sink)
      throws InterruptedException {
    Deque<Pending<T>> inFlight = new ArrayDeque<>();
    List<VcfRecord> batch = new ArrayList<>(BATCH);
    for (VcfRecord record = reader.read(); record != null; record = reader.read()) {
      counts.records++;
      batch.add(record);
      if (batch.size() == BATCH) {
        List<VcfRecord> full = batch;
        inFlight.add(new Pending<>(full, pool.submit(() -> work.annotate(full))));
        batch = new ArrayList<>(BATCH);
        while (inFlight.size() > 2 * threads) {
          drain(inFlight.poll(), sink);
          progress.update(counts.records, counts.annotated());
        }
      }
    }
    if (!batch.isEmpty()) {
      List<VcfRecord> last = batch;
      inFlight.add(new Pending<>(last, pool.submit(() -> work.annotate(last))));
    }
    while (!inFlight.isEmpty()) {
      drain(inFlight.poll(), sink);
      progress.update(counts.records, counts.annotated());
    }
  }

  private static <T> void drain(Pending<T> pending, BatchSink<T> sink) throws InterruptedException {
    try {
      sink.write(pending.batch(), pending.result().get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Counters shared by the workers. */
  private static final class Counts {
    long records; // reading thread only
    private long annotated;
    private long notSequence;
    private long flagged;

    synchronized void addAnnotated(List<String> flags) {
      annotated++;
      if (!flags.isEmpty()) {
        flagged++;
      }
    }

    synchronized void addNotSequence() {
      notSequence++;
    }

    synchronized long annotated() {
      return annotated;
    }

    synchronized Summary summary() {
      return new Summary(records, annotated, notSequence, flagged);
    }
  }
}
