package org.gms.genomics.variant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One data line of a VCF, as read: CHROM, POS, REF and ALT are parsed and checked when the line is
 * read; the other columns and the sample fields are decoded only when asked for, so that reading
 * and passing records through stays cheap. Positions are 1-based (VCF).
 *
 * <p>Sample fields are checked when accessed; a malformed one raises {@link VcfFormatException}
 * naming the file, line and field. GT and INFO END are the exceptions: they are checked when the
 * line is read, so lenient reading skips records with a bad genotype or block end.
 */
public final class VcfRecord {

  private static final int FORMAT_COLUMN = 8;

  private final VcfHeader header;
  private final String source;
  private final long lineNumber;
  private final byte[] line;
  private final int[] tabs;
  private final String contig;
  private final long position;
  private final String ref;
  private final List<String> alts;
  private final List<String> formatKeys;

  VcfRecord(
      VcfHeader header,
      String source,
      long lineNumber,
      byte[] line,
      int[] tabs,
      String contig,
      long position,
      String ref,
      List<String> alts,
      List<String> formatKeys) {
    this.header = header;
    this.source = source;
    this.lineNumber = lineNumber;
    this.line = line;
    this.tabs = tabs;
    this.contig = contig;
    this.position = position;
    this.ref = ref;
    this.alts = alts;
    this.formatKeys = formatKeys;
  }

  public VcfHeader header() {
    return header;
  }

  /** The 1-based line number in the file, counting header lines. */
  public long lineNumber() {
    return lineNumber;
  }

  /** CHROM, spelled as in the file. */
  public String contig() {
    return contig;
  }

  /** POS: 1-based position of the first REF base. */
  public long position() {
    return position;
  }

  public GenomicPosition start() {
    return new GenomicPosition(contig, position);
  }

  /** The ID column as written ({@code .} when there is none). */
  public String id() {
    return column(2, StandardCharsets.UTF_8);
  }

  /** REF in upper case. */
  public String ref() {
    return ref;
  }

  /** The ALT alleles as written (bases in upper case); empty when ALT is {@code .}. */
  public List<String> alts() {
    return alts;
  }

  /** QUAL, or empty when it is {@code .}. */
  public OptionalDouble quality() {
    String qual = column(5, StandardCharsets.ISO_8859_1);
    return qual.equals(".") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(qual));
  }

  /** The FILTER codes; empty when FILTER is {@code .} (not filtered). */
  public List<String> filters() {
    String filter = column(6, StandardCharsets.UTF_8);
    return filter.equals(".") ? List.of() : List.of(filter.split(";", -1));
  }

  /** Whether FILTER is {@code PASS}. */
  public boolean passed() {
    return columnEquals(6, "PASS");
  }

  /** The INFO column as written. */
  public String info() {
    return column(7, StandardCharsets.UTF_8);
  }

  /** The value of an INFO key: empty if absent, an empty string for a flag. */
  public Optional<String> info(String key) {
    int start = columnStart(7);
    int end = columnEnd(7);
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int entry = start;
    while (entry < end) {
      int stop = indexOf(';', entry, end);
      if (matches(k, entry, stop)) {
        int after = entry + k.length;
        if (after == stop) {
          return Optional.of("");
        }
        if (line[after] == '=') {
          return Optional.of(new String(line, after + 1, stop - after - 1, StandardCharsets.UTF_8));
        }
      }
      entry = stop + 1;
    }
    return Optional.empty();
  }

  public boolean hasInfo(String key) {
    return info(key).isPresent();
  }

  /**
   * The last reference base the record covers (1-based, inclusive): INFO END when present (gVCF
   * reference blocks, symbolic alleles), else POS + length(REF) - 1.
   */
  public long end() {
    Optional<String> end = info("END");
    if (end.isEmpty()) {
      return position + ref.length() - 1;
    }
    long value = parseLong(end.get(), "INFO END", VcfProblem.MALFORMED_INFO);
    if (value < position) {
      throw problem("INFO END", VcfProblem.MALFORMED_INFO, "END " + value + " is before POS");
    }
    return value;
  }

  /**
   * Whether this is a gVCF reference block: no ALT other than {@code <NON_REF>} or {@code <*>}.
   * Such a record says the samples match the reference from POS to {@link #end()}.
   */
  public boolean isReferenceBlock() {
    for (String alt : alts) {
      if (!alt.equals("<NON_REF>") && !alt.equals("<*>")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The record split into its ALT alleles, each keeping its original index. Sequence alleles carry
   * a {@link SequenceVariant} exactly as written (padding kept); see {@link VariantNormaliser}.
   */
  public List<RecordAllele> alleles() {
    List<RecordAllele> split = new ArrayList<>(alts.size());
    for (int i = 0; i < alts.size(); i++) {
      String alt = alts.get(i);
      AlleleKind kind = AlleleKind.of(alt);
      Optional<SequenceVariant> variant =
          kind == AlleleKind.SEQUENCE
              ? Optional.of(new SequenceVariant(start(), ref, alt))
              : Optional.empty();
      split.add(new RecordAllele(i + 1, alt, kind, variant));
    }
    return List.copyOf(split);
  }

  public int sampleCount() {
    return header.samples().size();
  }

  /** The FORMAT keys of this record, in order; empty when there are none. */
  public List<String> formatKeys() {
    return formatKeys;
  }

  /**
   * The sample's GT: allele indexes ({@link Genotype#MISSING} for {@code .}) and phase. A record
   * without GT gives an empty, uncalled genotype.
   */
  public Genotype genotype(int sample) {
    int[] bounds = sampleValueBounds(sample, "GT");
    if (bounds == null) {
      return new Genotype(List.of(), false);
    }
    return GenotypeSyntax.parse(line, bounds[0], bounds[1], alts.size(), this, sample);
  }

  /** A sample's raw FORMAT value; empty when the key is absent or the value is {@code .}. */
  public Optional<String> sampleValue(int sample, String key) {
    int[] bounds = sampleValueBounds(sample, key);
    if (bounds == null || bounds[1] - bounds[0] == 1 && line[bounds[0]] == '.') {
      return Optional.empty();
    }
    return Optional.of(new String(line, bounds[0], bounds[1] - bounds[0], StandardCharsets.UTF_8));
  }

  /** FORMAT DP: the sample's read depth. */
  public OptionalInt depth(int sample) {
    return sampleValue(sample, "DP")
        .map(
            v ->
                OptionalInt.of(
                    (int) parseLong(v, sampleField(sample, "DP"), VcfProblem.MALFORMED_SAMPLE)))
        .orElse(OptionalInt.empty());
  }

  /** FORMAT GQ, rounded to a whole number (some callers write it as a decimal). */
  public OptionalInt genotypeQuality(int sample) {
    return sampleValue(sample, "GQ")
        .map(v -> OptionalInt.of((int) Math.round(parseDouble(v, sampleField(sample, "GQ")))))
        .orElse(OptionalInt.empty());
  }

  /** FORMAT PS: the phase set a phased genotype belongs to. */
  public OptionalLong phaseSet(int sample) {
    return sampleValue(sample, "PS")
        .map(
            v ->
                OptionalLong.of(
                    parseLong(v, sampleField(sample, "PS"), VcfProblem.MALFORMED_SAMPLE)))
        .orElse(OptionalLong.empty());
  }

  /**
   * FORMAT AD: reads per allele (REF first, then each ALT), {@link Genotype#MISSING} for {@code .};
   * empty when absent.
   */
  public List<Integer> alleleDepths(int sample) {
    Optional<String> ad = sampleValue(sample, "AD");
    if (ad.isEmpty()) {
      return List.of();
    }
    String field = sampleField(sample, "AD");
    List<Integer> depths = new ArrayList<>();
    for (String value : ad.get().split(",", -1)) {
      depths.add(
          value.equals(".")
              ? Genotype.MISSING
              : (int) parseLong(value, field, VcfProblem.MALFORMED_SAMPLE));
    }
    return List.copyOf(depths);
  }

  /** The line as read, without its line break. */
  public String text() {
    return new String(line, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return source
        + ":"
        + lineNumber
        + " "
        + contig
        + ":"
        + position
        + " "
        + ref
        + ">"
        + String.join(",", alts);
  }

  byte[] bytes() {
    return line;
  }

  int columnStart(int column) {
    return column == 0 ? 0 : tabs[column - 1] + 1;
  }

  int columnEnd(int column) {
    return column < tabs.length ? tabs[column] : line.length;
  }

  VcfFormatException problem(String field, VcfProblem problem, String reason) {
    return new VcfFormatException(source, lineNumber, field, problem, reason);
  }

  String sampleField(int sample, String key) {
    return "sample " + header.samples().get(sample) + " " + key;
  }

  private String column(int column, java.nio.charset.Charset charset) {
    int start = columnStart(column);
    return new String(line, start, columnEnd(column) - start, charset);
  }

  private boolean columnEquals(int column, String text) {
    int start = columnStart(column);
    int end = columnEnd(column);
    if (end - start != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (line[start + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Start and end (exclusive) of one sample's value for a FORMAT key, or null if absent. */
  int[] sampleValueBounds(int sample, String key) {
    if (sample < 0 || sample >= sampleCount()) {
      throw new IndexOutOfBoundsException(
          "Sample " + sample + " of " + sampleCount() + " in " + source);
    }
    int keyIndex = formatKeys.indexOf(key);
    if (keyIndex < 0) {
      return null;
    }
    int start = columnStart(FORMAT_COLUMN + 1 + sample);
    int end = columnEnd(FORMAT_COLUMN + 1 + sample);
    for (int i = 0; i < keyIndex; i++) {
      int colon = indexOf(':', start, end);
      if (colon == end) {
        return null; // trailing fields may be dropped
      }
      start = colon + 1;
    }
    return new int[] {start, indexOf(':', start, end)};
  }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] == c) {
        return i;
      }
    }
    return to;
  }

  private boolean matches(byte[] key, int from, int to) {
    if (to - from < key.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (line[from + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  private long parseLong(String value, String field, VcfProblem kind) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw problem(field, kind, "'" + value + "' is not a whole number");
    }
  }

  private double parseDouble(String value, String field) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw problem(field, VcfProblem.MALFORMED_SAMPLE, "'" + value + "' is not a number");
    }
  }
}
