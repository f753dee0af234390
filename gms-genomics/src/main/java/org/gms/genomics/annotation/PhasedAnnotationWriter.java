package org.gms.genomics.annotation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.variant.AtomicOutput;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VcfRecord;
import org.gms.genomics.variant.VcfWriter;

/**
 * Writes an annotated VCF or JSON Lines with the joint effects of phased alleles ({@value
 * HaplotypeField#KEY}, JSON {@code haplotypes}) beside each allele's own consequence: records are
 * annotated in batches on the workers as usual, then held in input order by a {@link
 * HaplotypeWindow} until the joint effects of their phased coding alleles are known.
 */
final class PhasedAnnotationWriter {

  /** Annotates one record's ALT alleles, adding the alleles as annotated to {@code queries}. */
  interface AlleleSource {
    List<AnnotatedAllele> annotate(
        VcfRecord record, AnnotationCounts counts, List<SequenceVariant> queries);
  }

  private final Annotator annotator;
  private final AlleleSource source;
  private final GmsAnnField field;
  private final GeneConstraints constraints;
  private final int threads;
  private final int compressionLevel;

  PhasedAnnotationWriter(
      Annotator annotator,
      AlleleSource source,
      GmsAnnField field,
      GeneConstraints constraints,
      int threads,
      int compressionLevel) {
    this.annotator = annotator;
    this.source = source;
    this.field = field;
    this.constraints = constraints;
    this.threads = threads;
    this.compressionLevel = compressionLevel;
  }

  void write(BatchPipeline batches, Path output, boolean jsonLines)
      throws IOException, InterruptedException {
    if (jsonLines) {
      writeJsonLines(batches, output);
    } else {
      writeVcf(batches, output);
    }
  }

  /** A record annotated on a worker: its output and its phased coding alleles. */
  private record Prepared<T>(VcfRecord record, T output, List<HaplotypeWindow.Member> members) {}

  /** One record's alleles annotated, with the phased coding alleles among them. */
  private <T> Prepared<T> prepare(
      VcfRecord record,
      AnnotationCounts counts,
      java.util.function.Function<List<AnnotatedAllele>, T> out) {
    List<SequenceVariant> queries = new ArrayList<>();
    List<AnnotatedAllele> alleles = source.annotate(record, counts, queries);
    for (AnnotatedAllele allele : alleles) {
      if (allele.notAnnotated() == null) {
        counts.addAnnotated(allele.flags());
      }
    }
    return new Prepared<>(
        record, out.apply(alleles), HaplotypeWindow.members(record, alleles, queries));
  }

  private void writeVcf(BatchPipeline batches, Path output) throws InterruptedException {
    try (VcfWriter writer =
        VcfWriter.open(
            output,
            batches.reader().header().withInfo(HaplotypeField.definition()),
            field.definition(),
            Math.min(threads, 4),
            compressionLevel)) {
      HaplotypeWindow<byte[]> window =
          new HaplotypeWindow<>(
              annotator,
              released -> {
                byte[] value = released.output();
                byte[] joint = HaplotypeField.vcf(released.record(), released.notes());
                if (value != null && joint.length > 0) {
                  byte[] both = java.util.Arrays.copyOf(value, value.length + joint.length);
                  System.arraycopy(joint, 0, both, value.length, joint.length);
                  value = both; // GMS_HAP follows GMS_ANN in the added INFO text
                }
                writer.write(released.record(), value);
              });
      annotate(
          batches,
          window,
          alleles -> {
            StringBuilder value = new StringBuilder();
            alleles.forEach(a -> field.append(value, a));
            return value.isEmpty() ? null : value.toString().getBytes(StandardCharsets.UTF_8);
          });
      writer.commit();
    }
  }

  private void writeJsonLines(BatchPipeline batches, Path output)
      throws IOException, InterruptedException {
    try (AtomicOutput atomic = AtomicOutput.create(output)) {
      Writer writer = atomic.text();
      List<String> samples = batches.reader().header().samples();
      HaplotypeWindow<List<String>> window =
          new HaplotypeWindow<>(
              annotator,
              released -> {
                List<String> objects = released.output();
                try {
                  for (int a = 0; a < objects.size(); a++) {
                    int allele = a;
                    writer.write(
                        HaplotypeField.json(
                            objects.get(a),
                            samples,
                            released.notes().stream().filter(n -> n.allele() == allele).toList()));
                    writer.write('\n');
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      annotate(batches, window, this::jsonObjects);
      writer.close();
      atomic.commit();
    }
  }

  /**
   * Annotates every record on the workers (its output made by {@code out}) and passes them, in
   * input order, through the haplotype window, which it finishes.
   */
  private <T> void annotate(
      BatchPipeline batches,
      HaplotypeWindow<T> window,
      java.util.function.Function<List<AnnotatedAllele>, T> out)
      throws InterruptedException {
    batches.run(
        batch -> {
          List<Prepared<T>> prepared = new ArrayList<>(batch.size());
          for (VcfRecord record : batch) {
            prepared.add(prepare(record, batches.counts(), out));
          }
          return prepared;
        },
        (batch, prepared) ->
            prepared.forEach(p -> window.add(p.record(), p.output(), p.members())));
    window.finish();
  }

  /** One JSON Lines object per allele, without line ends. */
  private List<String> jsonObjects(List<AnnotatedAllele> alleles) {
    List<String> objects = new ArrayList<>(alleles.size());
    for (AnnotatedAllele allele : alleles) {
      StringWriter text = new StringWriter();
      try (AnnotationJsonLines lines = new AnnotationJsonLines(text, constraints)) {
        if (allele.notAnnotated() != null) {
          lines.write(allele.notAnnotated());
        } else {
          lines.write(allele.annotation(), allele.flags());
        }
      }
      objects.add(text.toString().strip());
    }
    return objects;
  }
}
