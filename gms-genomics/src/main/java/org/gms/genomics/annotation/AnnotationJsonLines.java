package org.gms.genomics.annotation;

import java.io.Closeable;
import java.io.Writer;
import java.util.List;
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
 * Absent values are written as {@code null}; positions and alleles are the input's, unchanged.
 */
public final class AnnotationJsonLines implements Closeable {

  private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator("\n").build();

  private final JsonGenerator out;
  private boolean written;

  public AnnotationJsonLines(Writer writer) {
    this.out = JSON.createGenerator(writer);
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
    if (!flags.isEmpty()) {
      out.writeName("flags");
      out.writeStartArray();
      for (String flag : flags) {
        out.writeString(flag);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
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
