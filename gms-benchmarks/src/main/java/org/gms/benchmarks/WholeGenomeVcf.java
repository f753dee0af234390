package org.gms.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gms.genomics.reference.AssemblyContigs;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.transcript.Transcript;
import org.gms.genomics.transcript.TranscriptModels;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.BgzfOutputStream;

/**
 * A whole-genome-sized GRCh38 VCF.gz made from real records: each line is a real record of a
 * template VCF (its ID, QUAL, FILTER, INFO, FORMAT and sample columns) put at a random position.
 * Where the reference has sequence, the REF is read from it and the ALT rebuilt with the template's
 * shape (the same substitution, deletion length or inserted bases), so that the file passes the
 * reference check and normalisation does real work. A share of the records is placed inside the
 * transcripts (+-5 kb) that have sequence, so that the annotation load is that of a whole genome
 * annotated with a complete transcript set (about half of a genome's variants lie in or near a
 * gene), not that of the few genes the shared models cover.
 */
final class WholeGenomeVcf {

  private static final int FLANK = 5_000;
  private static final int CHUNK = 500;
  private static final String BASES = "ACGT";

  private final List<Path> templates;
  private final List<Path> transcripts;
  private final List<Path> reference;
  private final double genicFraction;
  private final long seed;

  WholeGenomeVcf(
      List<Path> templates,
      List<Path> transcripts,
      List<Path> reference,
      double genicFraction,
      long seed) {
    this.templates = List.copyOf(templates);
    this.transcripts = List.copyOf(transcripts);
    this.reference = List.copyOf(reference);
    this.genicFraction = genicFraction;
    this.seed = seed;
  }

  /** A stretch of a contig where records can go: 1-based, inclusive. */
  private record Target(String contig, long start, long end) {
    long length() {
      return end - start + 1;
    }
  }

  /** Writes {@code records} records to {@code output} (atomically); returns what it did. */
  String write(Path output, long records, int threads) throws IOException {
    long started = System.nanoTime();
    ReferenceGenome genome =
        ReferenceGenome.fromFasta(GenomeBuild.GRCh38, reference.toArray(Path[]::new));
    List<String> header = new ArrayList<>();
    List<String> tails = new ArrayList<>();
    for (Path template : templates) {
      BenchmarkVcfIoCommand.readTemplate(template, header, tails);
    }
    // records with an END (structural variants) cannot be moved without rewriting it
    tails.removeIf(t -> t.split("\t", 6)[5].matches("(.*;)?END=.*"));
    List<String> biallelic =
        tails.stream().filter(t -> t.split("\t", 4)[2].indexOf(',') < 0).toList();
    List<Target> targets = targets(genome);
    long targetBases = targets.stream().mapToLong(Target::length).sum();
    Random random = new Random(seed ^ records);
    Map<String, Long> lengths = chromosomeLengths();
    Map<String, long[]> positions = positions(lengths, targets, records, random);
    long aimed = Math.round(records * genicFraction);
    long written = 0;
    long rebuilt = 0;
    try (AtomicOutput atomic = AtomicOutput.create(output)) {
      Writer out = bgzfText(atomic.stream(), threads);
      out.write(
          "##fileformat=VCFv4.2\n##source=gms benchmark annotate: real records of "
              + templates.stream().map(p -> p.getFileName().toString()).toList()
              + " at random GRCh38 positions, "
              + Math.round(genicFraction * 100)
              + "% in transcripts with sequence\n##reference=GRCh38\n");
      for (String line : header) {
        out.write(line);
        out.write('\n');
      }
      for (Map.Entry<String, Long> contig : lengths.entrySet()) {
        out.write(
            "##contig=<ID="
                + contig.getKey()
                + ",length="
                + contig.getValue()
                + ",assembly=GRCh38>\n");
      }
      out.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE\n");
      for (Map.Entry<String, long[]> contig : positions.entrySet()) {
        for (long position : contig.getValue()) {
          String tail = tails.get(random.nextInt(tails.size()));
          Optional<String> placed = Optional.empty();
          if (genome.covers(contig.getKey(), position, position)) {
            placed = onReference(genome, contig.getKey(), position, biallelic, random);
            if (placed.isEmpty()) {
              continue; // no template fits here (the piece ends): leave the position out
            }
            rebuilt++;
          }
          out.write(contig.getKey());
          out.write('\t');
          out.write(Long.toString(position));
          out.write('\t');
          out.write(placed.orElse(tail));
          out.write('\n');
          written++;
        }
      }
      out.close();
      atomic.commit();
    }
    return String.format(
        Locale.ROOT,
        "input: %s (%,d records, %s; generated in %.1f s from %,d real records; %,d placed on"
            + " reference sequence with REF read from it, %,d of them aimed at %,d bases in or"
            + " within 5 kb of transcripts)",
        output,
        written,
        BenchmarkVcfIoCommand.megabytes(Files.size(output)),
        (System.nanoTime() - started) / 1e9,
        tails.size(),
        rebuilt,
        targets.isEmpty() ? 0 : aimed,
        targetBases);
  }

  /** GRCh38 chromosome lengths, in order, without the mitochondrion. */
  private static Map<String, Long> chromosomeLengths() {
    Map<String, Long> lengths =
        new LinkedHashMap<>(AssemblyContigs.of(GenomeBuild.GRCh38).lengths());
    lengths.remove("MT");
    return lengths;
  }

  /**
   * Sorted positions per chromosome: the genic share spread over the targets by their length, the
   * rest over the chromosomes by theirs (10 kb from either end).
   */
  private Map<String, long[]> positions(
      Map<String, Long> lengths, List<Target> targets, long records, Random random) {
    long targetBases = targets.stream().mapToLong(Target::length).sum();
    long genomeLength = lengths.values().stream().mapToLong(Long::longValue).sum();
    long genic = targets.isEmpty() ? 0 : Math.round(records * genicFraction);
    Map<String, long[]> positions = new LinkedHashMap<>();
    long uniform = records - genic;
    long genomeLeft = genomeLength;
    long targetsLeft = targetBases;
    Map<Target, Long> perTarget = new LinkedHashMap<>();
    for (Target target : targets) {
      long count = Math.round((double) genic * target.length() / targetsLeft);
      targetsLeft -= target.length();
      genic -= count;
      perTarget.put(target, count);
    }
    for (Map.Entry<String, Long> contig : lengths.entrySet()) {
      long count = Math.round((double) uniform * contig.getValue() / genomeLeft);
      genomeLeft -= contig.getValue();
      uniform -= count;
      long inTargets = 0;
      for (Map.Entry<Target, Long> target : perTarget.entrySet()) {
        if (target.getKey().contig().equals(contig.getKey())) {
          inTargets += target.getValue();
        }
      }
      long[] list = new long[Math.toIntExact(count + inTargets)];
      int at = 0;
      for (long i = 0; i < count; i++) {
        list[at++] = 10_000 + (long) (random.nextDouble() * (contig.getValue() - 20_000));
      }
      for (Map.Entry<Target, Long> target : perTarget.entrySet()) {
        Target t = target.getKey();
        if (t.contig().equals(contig.getKey())) {
          for (long i = 0; i < target.getValue(); i++) {
            list[at++] = t.start() + (long) (random.nextDouble() * t.length());
          }
        }
      }
      Arrays.sort(list);
      positions.put(contig.getKey(), list);
    }
    return positions;
  }

  /**
   * The template's columns from ID on, with REF read from the reference at {@code position} and ALT
   * rebuilt with the template's change; empty if the reference ends too early.
   */
  private static Optional<String> onReference(
      ReferenceGenome genome, String contig, long position, List<String> biallelic, Random random) {
    String[] tail = biallelic.get(random.nextInt(biallelic.size())).split("\t", 4);
    String ref = tail[1];
    String alt = tail[2];
    int refLength = ref.length();
    Optional<String> bases = genome.bases(contig, position, position + refLength - 1);
    if (bases.isEmpty() || bases.get().indexOf('N') >= 0) {
      return Optional.empty();
    }
    String newRef = bases.get();
    String newAlt;
    if (!alt.matches("[ACGTN]+")) {
      newAlt = alt; // symbolic, breakend or '*': only REF has to match the reference
    } else if (refLength == alt.length()) {
      StringBuilder changed = new StringBuilder(newRef);
      for (int i = 0; i < changed.length(); i++) {
        char base = alt.charAt(i);
        if (base == changed.charAt(i) || BASES.indexOf(base) < 0) {
          base = BASES.charAt((BASES.indexOf(changed.charAt(i)) + 1) % 4);
        }
        changed.setCharAt(i, base);
      }
      newAlt = changed.toString();
    } else if (alt.length() < refLength) {
      newAlt = newRef.substring(0, alt.length());
      if (alt.length() > 1) {
        newAlt = newRef.charAt(0) + alt.substring(1);
      }
    } else {
      newAlt = newRef + alt.substring(refLength);
    }
    if (newAlt.equals(newRef)) {
      return Optional.empty();
    }
    return Optional.of(tail[0] + "\t" + newRef + "\t" + newAlt + "\t" + tail[3]);
  }

  /** Transcript spans +-5 kb, merged, cut to the stretches the reference has sequence for. */
  private List<Target> targets(ReferenceGenome genome) {
    Map<String, List<long[]>> spans = new LinkedHashMap<>();
    for (Path file : transcripts) {
      for (Transcript t : TranscriptModels.read(file)) {
        spans
            .computeIfAbsent(t.contig(), c -> new ArrayList<>())
            .add(new long[] {Math.max(1, t.start() - FLANK), t.end() + FLANK});
      }
    }
    List<Target> targets = new ArrayList<>();
    for (Map.Entry<String, List<long[]>> contig : spans.entrySet()) {
      List<long[]> list = contig.getValue();
      list.sort((a, b) -> Long.compare(a[0], b[0]));
      long start = -1;
      long end = -1;
      for (long[] span : list) {
        if (span[0] > end + 1) {
          covered(genome, contig.getKey(), start, end, targets);
          start = span[0];
        }
        end = Math.max(end, span[1]);
      }
      covered(genome, contig.getKey(), start, end, targets);
    }
    return targets;
  }

  /** Adds the parts of [start, end] with sequence, in steps of {@value #CHUNK} bases. */
  private static void covered(
      ReferenceGenome genome, String contig, long start, long end, List<Target> targets) {
    if (start < 1) {
      return;
    }
    long runStart = -1;
    for (long chunk = start; chunk <= end; chunk += CHUNK) {
      long chunkEnd = Math.min(end, chunk + CHUNK - 1);
      boolean has = genome.covers(contig, chunk, chunkEnd);
      if (has && runStart < 0) {
        runStart = chunk;
      } else if (!has && runStart >= 0) {
        targets.add(new Target(contig, runStart, chunk - 1));
        runStart = -1;
      }
    }
    if (runStart >= 0) {
      targets.add(new Target(contig, runStart, end));
    }
  }

  /** UTF-8 text written as BGZF (block gzip, as bgzip writes it), compressed on the threads. */
  static Writer bgzfText(OutputStream stream, int threads) {
    return new BufferedWriter(
        new OutputStreamWriter(new BgzfOutputStream(stream, threads), StandardCharsets.UTF_8),
        1 << 16);
  }
}
