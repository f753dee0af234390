package org.gms.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.gms.genomics.annotation.AnnotationJsonLines;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.ClinvarAssertion;
import org.gms.genomics.annotation.Consequence;
import org.gms.genomics.annotation.NotAnnotated;
import org.gms.genomics.annotation.TranscriptAnnotation;
import org.gms.genomics.annotation.VariantAnnotation;
import org.gms.genomics.constraint.GeneConstraint;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.NormalisedVariant;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfFieldDefinition;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;
import org.gms.genomics.variant.VcfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./gms annotate}: annotates every ALT allele of a VCF with its effect on each transcript
 * and its ClinVar classification, and writes an annotated VCF or JSON Lines, atomically.
 *
 * <p>Records are read on the calling thread and annotated in batches by a worker pool; batches are
 * written in input order, so the output follows the input record for record.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description =
        "Annotate a VCF (consequences, exon/intron, HGVS, ClinVar) and write an annotated VCF"
            + " (.vcf, .vcf.gz) or JSON Lines (.jsonl, .jsonl.gz). The output appears only when"
            + " complete.")
final class AnnotateCommand implements Callable<Integer> {

  static final String INFO_KEY = "GMS_ANN";
  static final String REFERENCE_UNAVAILABLE = "reference_unavailable";
  private static final String SUBFIELDS =
      "Allele|Gene|HGNC_ID|Transcript|MANE_Select|Consequence|Exon|Intron|HGVSc|HGVSp"
          + "|ClinVar_significance|ClinVar_review_status|Flags|Gene_pLI|Gene_LOEUF";
  private static final int BATCH = 1_000;

  @Option(names = "--input", required = true, description = "VCF to annotate (.vcf or .vcf.gz).")
  Path input;

  @Mixin AnnotationInputs inputs = new AnnotationInputs();

  @Option(
      names = "--constraint",
      description =
          "Gene constraint table (gnomAD lof_metrics.by_gene, or columns gene, pLI and"
              + " oe_lof_upper/LOEUF; plain or gzip). Default: the bundled gnomAD v2.1.1.")
  Path constraint;

  @Option(
      names = "--output",
      required = true,
      description = "Output: .vcf, .vcf.gz (INFO " + INFO_KEY + "), .jsonl or .jsonl.gz.")
  Path output;

  @Option(
      names = "--compression-level",
      description =
          "Deflate level of a .vcf.gz output, 1 (fastest) to 9 (smallest); bgzip's default is 6."
              + " Default: ${DEFAULT-VALUE} (the annotated file is about three times its input;"
              + " level 2 takes half the CPU of level 6 for a file about 20%% larger).")
  int compressionLevel = 2;

  @Option(
      names = "--lenient",
      description = "Skip malformed records (and report them) instead of stopping at the first.")
  boolean lenient;

  @Option(
      names = "--threads",
      description = "Annotation threads. Default: the number of cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec CommandSpec spec;

  private ReferenceGenome genome;
  private VariantNormaliser normaliser;
  private Annotator annotator;
  private GeneConstraints constraints;
  private final Map<String, String> constraintFields = new ConcurrentHashMap<>();

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1; got " + threads);
    }
    if (compressionLevel < 1 || compressionLevel > 9) {
      throw new IllegalArgumentException(
          "--compression-level goes from 1 (fastest) to 9 (smallest); got " + compressionLevel);
    }
    long started = System.nanoTime();
    genome = inputs.genome();
    normaliser = VariantNormaliser.using(genome);
    annotator = inputs.annotator(genome);
    constraints =
        constraint == null
            ? GeneConstraints.bundled()
            : GeneConstraints.read(constraint, constraint.getFileName().toString());
    long loaded = System.nanoTime();
    VcfReadOptions options =
        VcfReadOptions.defaults()
            .withBuild(inputs.build)
            .withReference(genome)
            .withLenient(lenient);
    Counts counts = new Counts();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (VcfReader reader = VcfReader.open(input, options)) {
      Progress progress = new Progress(loaded);
      if (isJsonLines(output)) {
        writeJsonLines(reader, pool, counts, progress);
      } else {
        writeVcf(reader, pool, counts, progress);
      }
      progress.finish();
      long finished = System.nanoTime();
      double seconds = (finished - loaded) / 1e9;
      long skipped = reader.summary().recordsSkipped();
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "%,d records, %,d alleles annotated (%,d not sequence alleles, %,d flagged %s),"
              + " %,d skipped, %.1f s loading inputs, %.1f s annotating, %,.0f variants/s"
              + " -> %s%n",
          counts.records,
          counts.annotated,
          counts.notSequence,
          counts.flagged,
          REFERENCE_UNAVAILABLE,
          skipped,
          (loaded - started) / 1e9,
          seconds,
          counts.annotated / Math.max(seconds, 1e-9),
          output);
      if (skipped > 0 || !reader.summary().headerWarnings().isEmpty()) {
        err.println("skipped: " + reader.summary().describe());
      }
      err.flush();
    } finally {
      pool.shutdownNow();
    }
    return 0;
  }

  private static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      return true;
    }
    if (name.endsWith(".vcf") || name.endsWith(".vcf.gz")) {
      return false;
    }
    throw new IllegalArgumentException(
        "--output " + file + ": name it .vcf, .vcf.gz, .jsonl or .jsonl.gz to choose the format");
  }

  /**
   * One ALT allele: annotated, with what the annotation could not rely on, or (symbolic, breakend,
   * '*') not annotated and why.
   */
  private record AnnotatedAllele(
      VariantAnnotation annotation, List<String> flags, NotAnnotated notAnnotated) {

    static AnnotatedAllele of(VariantAnnotation annotation, List<String> flags) {
      return new AnnotatedAllele(annotation, flags, null);
    }

    static AnnotatedAllele not(NotAnnotated allele) {
      return new AnnotatedAllele(null, List.of(allele.reason().flag()), allele);
    }
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
      VcfReader reader, ExecutorService pool, Counts counts, Progress progress)
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

  private void writeVcf(VcfReader reader, ExecutorService pool, Counts counts, Progress progress)
      throws InterruptedException {
    VcfFieldDefinition field =
        new VcfFieldDefinition(
            INFO_KEY,
            ".",
            "String",
            "GMS annotation, one entry per ALT allele and transcript: "
                + SUBFIELDS
                + ". Consequences are Sequence Ontology terms joined by &; Flags "
                + REFERENCE_UNAVAILABLE
                + " means the reference did not cover the allele (not normalised, no"
                + " sequence-based consequences); symbolic_allele, spanning_deletion or breakend"
                + " mean the allele was not annotated (one entry with only Allele and Flags);"
                + " Gene_pLI and Gene_LOEUF are the gene's "
                + constraints.version()
                + " loss-of-function constraint");
    try (VcfWriter writer =
        VcfWriter.open(output, reader.header(), field, Math.min(threads, 4), compressionLevel)) {
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
                appendInfoEntries(value, allele);
              }
              // subfield() has escaped everything an INFO value may not hold
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

  /**
   * Appends the GMS_ANN entries of one allele (one per transcript; one with only Allele and Flags
   * for an allele that is not annotated), comma-separated from what is already there.
   */
  private void appendInfoEntries(StringBuilder out, AnnotatedAllele allele) {
    if (allele.notAnnotated() != null) {
      separate(out);
      subfield(out, allele.notAnnotated().alt()).append("||||||||||||");
      subfield(out, allele.notAnnotated().reason().flag()).append("||");
      return;
    }
    VariantAnnotation annotation = allele.annotation();
    ClinvarAssertion clinvar = annotation.clinvar();
    for (TranscriptAnnotation t : annotation.annotations()) {
      separate(out);
      subfield(out, annotation.variant().alt()).append('|');
      subfield(out, t.gene()).append('|');
      subfield(out, t.hgncId()).append('|');
      subfield(out, t.transcript()).append('|');
      out.append(t.maneSelect() ? "1|" : "|");
      List<Consequence> consequences = t.consequences();
      for (int i = 0; i < consequences.size(); i++) {
        out.append(i == 0 ? "" : "&").append(consequences.get(i).term());
      }
      out.append('|');
      subfield(out, t.exon()).append('|');
      subfield(out, t.intron()).append('|');
      subfield(out, t.hgvsc()).append('|');
      subfield(out, t.hgvsp()).append('|');
      subfield(out, clinvar == null ? null : clinvar.significance()).append('|');
      subfield(out, clinvar == null ? null : clinvar.reviewStatus()).append('|');
      List<String> flags = allele.flags();
      for (int i = 0; i < flags.size(); i++) {
        subfield(out.append(i == 0 ? "" : "&"), flags.get(i));
      }
      out.append('|');
      out.append(
          t.gene() == null
              ? "|"
              : constraintFields.computeIfAbsent(t.gene(), this::constraintFields));
    }
  }

  /** The Gene_pLI and Gene_LOEUF subfields of a gene, bar-separated (empty when unknown). */
  private String constraintFields(String gene) {
    GeneConstraint c = constraints.of(gene).orElse(null);
    if (c == null) {
      return "|";
    }
    return (c.pLI().isPresent() ? figure(c.pLI().getAsDouble()) : "")
        + "|"
        + (c.loeuf().isPresent() ? figure(c.loeuf().getAsDouble()) : "");
  }

  private static void separate(StringBuilder out) {
    if (!out.isEmpty()) {
      out.append(',');
    }
  }

  /** A constraint figure with 3 significant digits ({@code 0.0320}, {@code 4.99e-09}). */
  private static String figure(double value) {
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /**
   * Appends a subfield value: nothing when absent; separators of the INFO value itself replaced
   * (comma by &amp;, bar by slash, space by underscore) and what an INFO value may not hold
   * percent-encoded.
   */
  private static StringBuilder subfield(StringBuilder out, String value) {
    if (value == null) {
      return out;
    }
    int clean = 0;
    while (clean < value.length() && !special(value.charAt(clean))) {
      clean++;
    }
    out.append(value, 0, clean);
    for (int i = clean; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case ',' -> out.append('&');
        case '|' -> out.append('/');
        case ' ' -> out.append('_');
        default -> {
          if (special(c)) {
            out.append(VcfWriter.escapeInfoValue(String.valueOf(c)));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }

  /** Whether a subfield must change {@code c}: a separator, or what INFO values may not hold. */
  private static boolean special(char c) {
    return switch (c) {
      case '|', ',', ' ', '%', ';', '=', '\t', '\n', '\r' -> true;
      default -> false;
    };
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
          progress.update(counts);
        }
      }
    }
    if (!batch.isEmpty()) {
      List<VcfRecord> last = batch;
      inFlight.add(new Pending<>(last, pool.submit(() -> work.annotate(last))));
    }
    while (!inFlight.isEmpty()) {
      drain(inFlight.poll(), sink);
      progress.update(counts);
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
  }

  /** A one-line progress display on standard error, only when a console is attached. */
  private static final class Progress {
    private final boolean shown = System.console() != null;
    private final long started;
    private long lastShown;

    Progress(long started) {
      this.started = started;
    }

    void update(Counts counts) {
      long now = System.nanoTime();
      if (!shown || now - lastShown < 500_000_000L) {
        return;
      }
      lastShown = now;
      double seconds = (now - started) / 1e9;
      long annotated = counts.annotated();
      System.err.printf(
          Locale.ROOT,
          "\r%,d records, %,d alleles, %,.0f variants/s   ",
          counts.records,
          annotated,
          annotated / Math.max(seconds, 1e-9));
    }

    void finish() {
      if (shown && lastShown != 0) {
        System.err.println();
      }
    }
  }
}
