package org.gms.genomics.annotation;

import java.io.Closeable;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.constraint.GeneConstraint;
import org.gms.genomics.constraint.GeneConstraints;
import org.gms.genomics.variant.SequenceVariant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes annotations as JSON Lines, one object per input allele:
 *
 * <pre>{@code
 * {"chrom":"17","pos":43124027,"ref":"ACT","alt":"A","id":"rs80357914",
 *  "annotations":[{"gene":"BRCA1","hgncId":"HGNC:1100","transcript":"ENST00000357654.9",
 *    "maneSelect":true,"consequences":["frameshift_variant"],"exon":"2/23","intron":null,
 *    "hgvsc":"ENST00000357654.9:c.68_69del","hgvsp":"ENSP00000350283.3:p.(Glu23ValfsTer17)"}],
 *  "clinvar":{"significance":"Pathogenic","reviewStatus":"reviewed by expert panel"}}
 * }</pre>
 *
 * Absent values are written as {@code null}; positions and alleles are the input's, unchanged. With
 * gene constraint (gnomAD), each transcript annotation also carries {@code
 * "geneConstraint":{"source":"gnomAD v2.1.1","pLI":0.0,"loeuf":0.03}} (null for genes not in the
 * table). Alleles that are not annotated (symbolic, breakend, {@code *}) get an object too: {@code
 * "annotations":[]}, a flag naming the kind and a {@code "note"} saying why.
 */
public final class AnnotationJsonLines implements Closeable {

  private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator("\n").build();

  private final JsonGenerator out;
  private final GeneConstraints constraints;
  private boolean written;

  public AnnotationJsonLines(Writer writer) {
    this(writer, null);
  }

  /** Adds each gene's constraint from {@code constraints} (null: no constraint key at all). */
  public AnnotationJsonLines(Writer writer, GeneConstraints constraints) {
    this.out = JSON.createGenerator(writer);
    this.constraints = constraints;
  }

  public void write(VariantAnnotation annotation) {
    write(annotation, List.of());
  }

  /**
   * As {@link #write(VariantAnnotation)}, with a {@code "flags"} array (for example {@code
   * reference_unavailable}) when {@code flags} is not empty.
   */
  public void write(VariantAnnotation annotation, List<String> flags) {
    SequenceVariant v = annotation.variant();
    written = true;
    out.writeStartObject();
    out.writeStringProperty("chrom", v.contig());
    out.writeNumberProperty("pos", v.position());
    out.writeStringProperty("ref", v.ref());
    out.writeStringProperty("alt", v.alt());
    out.writeStringProperty("id", annotation.id());
    out.writeName("annotations");
    out.writeStartArray();
    for (TranscriptAnnotation a : annotation.annotations()) {
      out.writeStartObject();
      out.writeStringProperty("gene", a.gene());
      out.writeStringProperty("hgncId", a.hgncId());
      out.writeStringProperty("transcript", a.transcript());
      out.writeBooleanProperty("maneSelect", a.maneSelect());
      out.writeName("consequences");
      out.writeStartArray();
      for (Consequence c : a.consequences()) {
        out.writeString(c.term());
      }
      out.writeEndArray();
      out.writeStringProperty("exon", a.exon());
      out.writeStringProperty("intron", a.intron());
      out.writeStringProperty("hgvsc", a.hgvsc());
      out.writeStringProperty("hgvsp", a.hgvsp());
      if (constraints != null) {
        writeConstraint(a.gene());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    ClinvarAssertion clinvar = annotation.clinvar();
    if (clinvar == null) {
      out.writeNullProperty("clinvar");
    } else {
      out.writeName("clinvar");
      out.writeStartObject();
      out.writeStringProperty("significance", clinvar.significance());
      out.writeStringProperty("reviewStatus", clinvar.reviewStatus());
      out.writeEndObject();
    }
    writeFlags(flags);
    out.writeEndObject();
  }

  /**
   * An input allele that is not annotated ({@link NotAnnotated}): the same keys, with {@code
   * "annotations":[]}, {@code "clinvar":null}, {@code "flags":[kind]} and a {@code "note"}.
   */
  public void write(NotAnnotated allele) {
    written = true;
    out.writeStartObject();
    out.writeStringProperty("chrom", allele.start().contig());
    out.writeNumberProperty("pos", allele.start().position());
    out.writeStringProperty("ref", allele.ref());
    out.writeStringProperty("alt", allele.alt());
    out.writeStringProperty("id", allele.id());
    out.writeName("annotations");
    out.writeStartArray();
    out.writeEndArray();
    out.writeNullProperty("clinvar");
    writeFlags(List.of(allele.reason().flag()));
    out.writeStringProperty("note", allele.reason().note(allele.alt()));
    out.writeEndObject();
  }

  private void writeConstraint(String gene) {
    Optional<GeneConstraint> constraint = gene == null ? Optional.empty() : constraints.of(gene);
    if (constraint.isEmpty()) {
      out.writeNullProperty("geneConstraint");
      return;
    }
    GeneConstraint c = constraint.get();
    out.writeName("geneConstraint");
    out.writeStartObject();
    out.writeStringProperty("source", constraints.version());
    if (c.pLI().isPresent()) {
      out.writeNumberProperty("pLI", c.pLI().getAsDouble());
    } else {
      out.writeNullProperty("pLI");
    }
    if (c.loeuf().isPresent()) {
      out.writeNumberProperty("loeuf", c.loeuf().getAsDouble());
    } else {
      out.writeNullProperty("loeuf");
    }
    out.writeEndObject();
  }

  private void writeFlags(List<String> flags) {
    if (!flags.isEmpty()) {
      out.writeName("flags");
      out.writeStartArray();
      for (String flag : flags) {
        out.writeString(flag);
      }
      out.writeEndArray();
    }
  }

  public void flush() {
    out.flush();
  }

  /** Ends the last line and closes the underlying writer. */
  @Override
  public void close() {
    if (written) {
      out.writeRaw('\n');
    }
    out.close();
  }
}
