package org.gms.benchmarks;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gms.cli.TranscriptFiles;
import org.gms.genomics.annotation.AnnotationJsonLines;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.ClinvarConcordance;
import org.gms.genomics.annotation.ClinvarLookup;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.variant.SequenceVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./gms benchmark annotate-core}: how many variants per second the annotation engine
 * handles, on the real ClinVar records, with one shared annotator across threads. Measures the
 * engine and the JSON Lines writer, not VCF parsing.
 */
@Command(
    name = "annotate-core",
    mixinStandardHelpOptions = true,
    description =
        "Annotate every record of a ClinVar VCF repeatedly with one shared annotator and print"
            + " variants per second (annotation plus JSON Lines to a null writer).")
final class BenchmarkAnnotateCoreCommand implements Callable<Integer> {

  private static final String SHARED = "../shared/reference/";

  @Option(
      names = "--transcripts",
      description = "GTF or GFF3 transcript models (repeatable). Default: ${DEFAULT-VALUE}",
      defaultValue =
          SHARED
              + "transcripts/cellbase-32genes/cellbase_grch38.gtf,"
              + SHARED
              + "transcripts/vep-chr21/ensembl84.chr21.gff3.gz",
      split = ",")
  List<Path> transcripts = new ArrayList<>();

  @Option(
      names = "--cdna",
      description = "cDNA FASTA (repeatable). Default: ${DEFAULT-VALUE}",
      defaultValue = SHARED + "transcripts/cellbase-32genes/cellbase_grch38.cdna.fa")
  List<Path> cdna = new ArrayList<>();

  @Option(
      names = "--genome",
      description = "Genomic FASTA with .fai (repeatable). Default: ${DEFAULT-VALUE}",
      defaultValue =
          SHARED
              + "transcripts/brca1-region/chr17_42425000_43600000.GRCh38.fa,"
              + SHARED
              + "transcripts/cellbase-32genes/cellbase_grch38.regions.fa",
      split = ",")
  List<Path> genome = new ArrayList<>();

  @Option(
      names = "--clinvar",
      description =
          "ClinVar VCF: the variants, and the known-variant lookup. Default: ${DEFAULT-VALUE}",
      defaultValue = SHARED + "clinvar/clinvar.2026-02-26.18genes.grch38.vcf.gz")
  Path clinvar;

  @Option(names = "--threads", description = "Default: ${DEFAULT-VALUE}", defaultValue = "2")
  int threads;

  @Option(
      names = "--rounds",
      description = "Timed rounds. Default: ${DEFAULT-VALUE}",
      defaultValue = "5")
  int rounds;

  @Override
  public Integer call() throws Exception {
    List<Transcript> models = TranscriptFiles.models(transcripts);
    Annotator annotator =
        Annotator.builder(models)
            .sequences(TranscriptFiles.sequences(cdna))
            .genome(ReferenceGenome.fromFasta(genome.toArray(Path[]::new)))
            .clinvar(ClinvarLookup.readVcf(clinvar))
            .build();
    List<SequenceVariant> variants = new ArrayList<>();
    for (var record : ClinvarConcordance.read(clinvar, null)) {
      try {
        variants.add(SequenceVariant.of(record.chrom(), record.pos(), record.ref(), record.alt()));
      } catch (IllegalArgumentException e) {
        // records without a sequence ALT allele are not annotated
      }
    }
    System.out.printf(
        "%d transcripts, %d variants, %d threads%n", models.size(), variants.size(), threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, annotator, variants); // warm-up
      for (int round = 1; round <= rounds; round++) {
        cpuNanos.set(0);
        long start = System.nanoTime();
        long annotations = run(pool, annotator, variants);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
            "round %d: %,.0f variants/s wall, %,.0f variants per CPU-second"
                + " (%d transcript annotations), live heap %d MB%n",
            round,
            variants.size() / seconds,
            variants.size() / (cpuNanos.get() / 1e9),
            annotations,
            (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    } finally {
      pool.shutdown();
    }
    return 0;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time the workers spent in the current round (the machine may be shared). */
  private final java.util.concurrent.atomic.AtomicLong cpuNanos =
      new java.util.concurrent.atomic.AtomicLong();

  /** Annotates every variant once, split across the pool; returns the transcript annotations. */
  private long run(ExecutorService pool, Annotator annotator, List<SequenceVariant> variants)
      throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    int size = (variants.size() + threads - 1) / threads;
    for (int from = 0; from < variants.size(); from += size) {
      List<SequenceVariant> part = variants.subList(from, Math.min(variants.size(), from + size));
      parts.add(
          pool.submit(
              () -> {
                long count = 0;
                long cpu = THREADS.getCurrentThreadCpuTime();
                try (AnnotationJsonLines out = new AnnotationJsonLines(Writer.nullWriter())) {
                  for (SequenceVariant v : part) {
                    var annotation = annotator.annotate(v, null);
                    out.write(annotation);
                    count += annotation.annotations().size();
                  }
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                return count;
              }));
    }
    long total = 0;
    for (Future<Long> part : parts) {
      total += part.get();
    }
    return total;
  }
}
