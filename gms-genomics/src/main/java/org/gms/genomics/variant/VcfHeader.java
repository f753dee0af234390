package org.gms.genomics.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gms.genomics.reference.ContigName;

/**
 * A VCF header: the {@code ##} meta lines as read (trailing whitespace removed), the INFO and
 * FORMAT definitions and contigs parsed from them, and the sample names of the {@code #CHROM} line.
 *
 * @param fileFormat the declared format, for example {@code VCFv4.2}
 * @param metaLines every {@code ##} line, in file order, without the line break
 * @param info the {@code ##INFO} definitions
 * @param format the {@code ##FORMAT} definitions
 * @param contigs the {@code ##contig} lines
 * @param samples the sample names, in column order
 * @param hasFormatColumn whether the {@code #CHROM} line has a FORMAT column
 */
public record VcfHeader(
    String fileFormat,
    List<String> metaLines,
    List<VcfFieldDefinition> info,
    List<VcfFieldDefinition> format,
    List<VcfContig> contigs,
    List<String> samples,
    boolean hasFormatColumn) {

  /** The eight fixed columns every VCF has. */
  public static final List<String> FIXED_COLUMNS =
      List.of("CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO");

  public VcfHeader {
    metaLines = List.copyOf(metaLines);
    info = List.copyOf(info);
    format = List.copyOf(format);
    contigs = List.copyOf(contigs);
    samples = List.copyOf(samples);
    if (!samples.isEmpty() && !hasFormatColumn) {
      throw new IllegalArgumentException("Sample columns need a FORMAT column");
    }
  }

  public Optional<VcfFieldDefinition> infoField(String id) {
    return info.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<VcfFieldDefinition> formatField(String id) {
    return format.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The contig line for a name, however it is spelled ({@code chr17} finds {@code 17}). */
  public Optional<VcfContig> contig(String name) {
    return contigs.stream().filter(c -> ContigName.same(c.name(), name)).findFirst();
  }

  /** The 0-based column index of a sample among the samples, or -1. */
  public int sampleIndex(String sample) {
    return samples.indexOf(sample);
  }

  /** How many tab-separated columns each record has. */
  public int columnCount() {
    return FIXED_COLUMNS.size() + (hasFormatColumn ? 1 : 0) + samples.size();
  }

  /** The {@code #CHROM} line as it should be written (always well-formed). */
  public String columnLine() {
    StringBuilder line = new StringBuilder("#").append(String.join("\t", FIXED_COLUMNS));
    if (hasFormatColumn) {
      line.append("\tFORMAT");
    }
    for (String sample : samples) {
      line.append('\t').append(sample);
    }
    return line.toString();
  }

  /**
   * This header with one more INFO definition, placed after the last {@code ##INFO} line (or at the
   * end); an existing definition with the same ID is replaced.
   */
  public VcfHeader withInfo(VcfFieldDefinition field) {
    String prefix = "##INFO=<ID=" + field.id() + ",";
    List<String> lines = new ArrayList<>(metaLines);
    lines.removeIf(l -> l.startsWith(prefix));
    int at = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("##INFO=")) {
        at = i + 1;
      }
    }
    lines.add(at, field.headerLine("INFO"));
    List<VcfFieldDefinition> fields = new ArrayList<>(info);
    fields.removeIf(f -> f.id().equals(field.id()));
    fields.add(field);
    return new VcfHeader(fileFormat, lines, fields, format, contigs, samples, hasFormatColumn);
  }

  /** The whole header text, meta lines then the column line, each ending in a line break. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (String line : metaLines) {
      text.append(line).append('\n');
    }
    return text.append(columnLine()).append('\n').toString();
  }
}
