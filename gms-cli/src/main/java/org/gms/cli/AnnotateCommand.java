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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.gms.genomics.annotation.AnnotationJsonLines;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.ClinvarAssertion;
import org.gms.genomics.annotation.ClinvarLookup;
import org.gms.genomics.annotation.Consequence;
import org.gms.genomics.annotation.TranscriptAnnotation;
import org.gms.genomics.annotation.VariantAnnotation;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.GeneCatalog;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptModels;
import org.gms.genomics.transcript.TranscriptSequences;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.GenomeBuild;
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
          + "|ClinVar_significance|ClinVar_review_status|Flags";
  private static final int BATCH = 1_000;

  @Option(names = "--input", required = true, description = "VCF to annotate (.vcf or .vcf.gz).")
  Path input;

  @Option(
      names = "--transcripts",
      required = true,
      arity = "1..*",
      description = "Transcript models, GTF or GFF3 (repeatable, may be gzipped).")
  List<Path> transcripts = new ArrayList<>();

  @Option(
      names = "--transcript-sequences",
      arity = "1..*",
      description = "cDNA FASTA for the transcripts (optional, repeatable).")
  List<Path> transcriptSequences = new ArrayList<>();

  @Option(
      names = "--reference",
      arity = "1..*",
      description =
          "Reference FASTA (repeatable); pieces named as samtools regions (17:100-200) are"
              + " allowed. Alleles outside every piece are annotated without sequence and flagged.")
  List<Path> reference = new ArrayList<>();

  @Option(
      names = "--build",
      required = true,
      description = "Genome build of every input: ${COMPLETION-CANDIDATES}.")
  GenomeBuild build;

  @Option(names = "--clinvar", description = "ClinVar VCF for the known-variant lookup.")
  Path clinvar;

  @Option(
      names = "--output",
      required = true,
      description = "Output: .vcf, .vcf.gz (INFO " + INFO_KEY + "), .jsonl or .jsonl.gz.")
  Path output;

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

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1; got " + threads);
    }
    long started = System.nanoTime();
    genome =
        reference.isEmpty()
            ? ReferenceGenome.none()
            : ReferenceGenome.fromFasta(build, reference.toArray(Path[]::new));
    normaliser = VariantNormaliser.using(genome);
    annotator = buildAnnotator();
    long loaded = System.nanoTime();
    VcfReadOptions options =
        VcfReadOptions.defaults().withBuild(build).withReference(genome).withLenient(lenient);
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

  private Annotator buildAnnotator() {
    List<Transcript> models = new ArrayList<>();
    for (Path file : transcripts) {
      models.addAll(TranscriptModels.read(file));
    }
    models = GeneCatalog.bundled().enrich(models);
    TranscriptSequences sequences = TranscriptSequences.none();
    for (Path file : transcriptSequences) {
      sequences = sequences.and(TranscriptSequences.readFasta(file));
    }
    Annotator.Builder builder = Annotator.builder(models).sequences(sequences).genome(genome);
    if (clinvar != null) {
      // the header alone shows the build; opening checks it against --build
      VcfReader.open(clinvar, VcfReadOptions.defaults().withBuild(build).withThreads(1)).close();
      builder.clinvar(ClinvarLookup.readVcf(clinvar));
    }
    return builder.build();
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

  /** One allele, annotated, with what the annotation could not rely on. */
  private record AnnotatedAllele(VariantAnnotation annotation, List<String> flags) {}

  /** The annotated sequence alleles of one record, in ALT order (other alleles left out). */
  private List<AnnotatedAllele> annotate(VcfRecord record, Counts counts) {
    List<AnnotatedAllele> out = new ArrayList<>();
    String id = ".".equals(record.id()) ? null : record.id();
    for (RecordAllele allele : record.alleles()) {
      if (allele.variant().isEmpty()) {
        counts.addNotSequence();
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
      out.add(
          new AnnotatedAllele(annotation, covered ? List.of() : List.of(REFERENCE_UNAVAILABLE)));
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
            try (AnnotationJsonLines lines = new AnnotationJsonLines(text)) {
              for (VcfRecord record : batch) {
                for (AnnotatedAllele allele : annotate(record, counts)) {
                  counts.addAnnotated(allele.flags());
                  lines.write(allele.annotation(), allele.flags());
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
                + " sequence-based consequences)");
    try (VcfWriter writer = VcfWriter.open(output, reader.header(), field)) {
      pipeline(
          reader,
          pool,
          counts,
          progress,
          batch -> {
            List<String> values = new ArrayList<>(batch.size());
            for (VcfRecord record : batch) {
              List<String> entries = new ArrayList<>();
              for (AnnotatedAllele allele : annotate(record, counts)) {
                counts.addAnnotated(allele.flags());
                entries.addAll(infoEntries(allele));
              }
              values.add(entries.isEmpty() ? null : String.join(",", entries));
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

  private static List<String> infoEntries(AnnotatedAllele allele) {
    VariantAnnotation annotation = allele.annotation();
    ClinvarAssertion clinvar = annotation.clinvar();
    List<String> entries = new ArrayList<>();
    for (TranscriptAnnotation t : annotation.annotations()) {
      List<String> consequences = new ArrayList<>();
      for (Consequence c : t.consequences()) {
        consequences.add(c.term());
      }
      entries.add(
          String.join(
              "|",
              subfield(annotation.variant().alt()),
              subfield(t.gene()),
              subfield(t.hgncId()),
              subfield(t.transcript()),
              t.maneSelect() ? "1" : "",
              String.join("&", consequences),
              subfield(t.exon()),
              subfield(t.intron()),
              subfield(t.hgvsc()),
              subfield(t.hgvsp()),
              subfield(clinvar == null ? null : clinvar.significance()),
              subfield(clinvar == null ? null : clinvar.reviewStatus()),
              String.join("&", allele.flags())));
    }
    return entries;
  }

  /** A subfield value: empty when absent; separators of the INFO value itself replaced. */
  private static String subfield(String value) {
    if (value == null) {
      return "";
    }
    return value.replace(',', '&').replace('|', '/').replace(' ', '_');
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
