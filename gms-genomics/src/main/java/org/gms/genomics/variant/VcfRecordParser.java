package org.gms.genomics.variant;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gms.genomics.reference.AssemblyContigs;
import org.gms.genomics.reference.ContigName;
import org.gms.genomics.reference.ReferenceGenome;

/**
 * Turns one data line into a {@link VcfRecord}, checking the fixed columns and GT without regular
 * expressions or splitting: one pass finds the tabs, then each column is checked in place.
 */
final class VcfRecordParser {

  private static final int FIXED = VcfHeader.FIXED_COLUMNS.size();
  private static final long UNKNOWN = -1;

  private final VcfHeader header;
  private final String source;
  private final AssemblyContigs build;
  private final ReferenceGenome reference;
  private final Map<String, Long> declaredLengths = new HashMap<>();
  private final Map<String, Long> contigLengths = new HashMap<>();

  private byte[] lastContigBytes = new byte[0];
  private String lastContig;
  private long lastContigLength;
  private byte[] lastFormatBytes = new byte[0];
  private List<String> lastFormatKeys = List.of();

  VcfRecordParser(VcfHeader header, String source, VcfReadOptions options) {
    this.header = header;
    this.source = source;
    this.build = options.declaredBuild().map(AssemblyContigs::of).orElse(null);
    this.reference = options.reference();
    for (VcfContig contig : header.contigs()) {
      declaredLengths.put(ContigName.canonical(contig.name()), contig.length().orElse(UNKNOWN));
    }
  }

  VcfRecord parse(byte[] line, long lineNumber) {
    int columns = header.columnCount();
    int[] tabs = new int[columns - 1];
    int found = 0;
    for (int i = 0; i < line.length; i++) {
      byte b = line[i];
      if (b == '\t') {
        if (found == tabs.length) {
          throw wrongColumns(lineNumber, columns, line);
        }
        tabs[found++] = i;
      } else if (b >= 0 && b < ' ') {
        throw error(
            lineNumber,
            null,
            VcfProblem.NOT_TEXT,
            "control character 0x" + Integer.toHexString(b) + " at byte " + (i + 1));
      }
    }
    if (found != tabs.length) {
      throw wrongColumns(lineNumber, columns, line);
    }
    for (int c = 0; c < columns; c++) {
      int start = c == 0 ? 0 : tabs[c - 1] + 1;
      int end = c < tabs.length ? tabs[c] : line.length;
      if (start == end) {
        throw error(
            lineNumber,
            columnName(c),
            VcfProblem.MALFORMED_FIELD,
            "the column is empty (use '.' for a missing value)");
      }
    }
    String contig = contig(line, tabs[0], lineNumber);
    long position = position(line, tabs[0] + 1, tabs[1], lineNumber);
    String ref = VcfAlleleText.ref(source, line, tabs[2] + 1, tabs[3], lineNumber);
    List<String> alts = VcfAlleleText.alts(source, line, tabs[3] + 1, tabs[4], ref, lineNumber);
    checkQual(line, tabs[4] + 1, tabs[5], lineNumber);
    checkExtent(contig, position, ref, lineNumber);
    checkEnd(line, tabs[6] + 1, tabs.length > 7 ? tabs[7] : line.length, position, lineNumber);
    List<String> formatKeys =
        header.hasFormatColumn() ? formatKeys(line, tabs, lineNumber) : List.of();
    checkGenotypes(line, tabs, formatKeys, alts.size(), lineNumber);
    if (reference != null) {
      checkReference(contig, position, ref, lineNumber);
    }
    return new VcfRecord(
        header, source, lineNumber, line, tabs, contig, position, ref, alts, formatKeys);
  }

  private String contig(byte[] line, int end, long lineNumber) {
    if (end == lastContigBytes.length && Arrays.equals(line, 0, end, lastContigBytes, 0, end)) {
      return lastContig;
    }
    for (int i = 0; i < end; i++) {
      byte b = line[i];
      if (b == ' ' || b == ',' || b == '<' || b == '>' || b == '[' || b == ']' || b == '*'
          || b == '=') {
        throw error(
            lineNumber,
            "CHROM",
            VcfProblem.MALFORMED_CONTIG,
            "'" + VcfAlleleText.text(line, 0, end) + "' is not a contig name");
      }
    }
    String name = new String(line, 0, end, StandardCharsets.UTF_8);
    String canonical = ContigName.canonical(name);
    Long length = contigLengths.get(canonical);
    if (length == null) {
      length = lengthOf(canonical, name, lineNumber);
      contigLengths.put(canonical, length);
    }
    lastContigBytes = Arrays.copyOf(line, end);
    lastContig = name;
    lastContigLength = length;
    return name;
  }

  private long lengthOf(String canonical, String name, long lineNumber) {
    Long declared = declaredLengths.get(canonical);
    if (build != null) {
      if (build.contains(canonical)) {
        return build.length(canonical).getAsLong();
      }
      if (declared == null) {
        throw error(
            lineNumber,
            "CHROM",
            VcfProblem.UNKNOWN_CONTIG,
            "contig '"
                + name
                + "' is neither a "
                + build.build()
                + " chromosome nor declared in a ##contig header line; check the genome build"
                + " (--build) or add the contig to the header");
      }
    }
    return declared == null ? UNKNOWN : declared;
  }

  private long position(byte[] line, int start, int end, long lineNumber) {
    long value = 0;
    if (end - start > 12) {
      throw error(
          lineNumber,
          "POS",
          VcfProblem.MALFORMED_POSITION,
          "'" + VcfAlleleText.text(line, start, end) + "' is not a position");
    }
    for (int i = start; i < end; i++) {
      byte b = line[i];
      if (b < '0' || b > '9') {
        throw error(
            lineNumber,
            "POS",
            VcfProblem.MALFORMED_POSITION,
            "'" + VcfAlleleText.text(line, start, end) + "' is not a whole number");
      }
      value = value * 10 + (b - '0');
    }
    if (value < 1) {
      throw error(
          lineNumber, "POS", VcfProblem.MALFORMED_POSITION, "positions are 1-based; got " + value);
    }
    return value;
  }

  private void checkQual(byte[] line, int start, int end, long lineNumber) {
    if (end - start == 1 && line[start] == '.') {
      return;
    }
    int i = start;
    if (line[i] == '-' || line[i] == '+') {
      i++;
    }
    int digits = 0;
    while (i < end && line[i] >= '0' && line[i] <= '9') {
      i++;
      digits++;
    }
    if (i < end && line[i] == '.') {
      i++;
      while (i < end && line[i] >= '0' && line[i] <= '9') {
        i++;
        digits++;
      }
    }
    if (digits > 0 && i < end && (line[i] == 'e' || line[i] == 'E')) {
      i++;
      if (i < end && (line[i] == '-' || line[i] == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < end && line[i] >= '0' && line[i] <= '9') {
        i++;
        exponent++;
      }
      digits = exponent == 0 ? 0 : digits;
    }
    if (digits == 0 || i != end) {
      throw error(
          lineNumber,
          "QUAL",
          VcfProblem.MALFORMED_QUAL,
          "'" + VcfAlleleText.text(line, start, end) + "' is not a number or '.'");
    }
  }

  private void checkExtent(String contig, long position, String ref, long lineNumber) {
    if (lastContigLength != UNKNOWN && position + ref.length() - 1 > lastContigLength) {
      throw error(
          lineNumber,
          "POS",
          VcfProblem.POSITION_BEYOND_CONTIG,
          contig
              + ":"
              + position
              + " (REF "
              + ref.length()
              + " bases) runs past the contig's end at "
              + lastContigLength);
    }
  }

  /** INFO END (gVCF blocks, symbolic alleles) must be a position at or after POS. */
  private void checkEnd(byte[] line, int start, int end, long position, long lineNumber) {
    int entry = start;
    while (entry < end) {
      int stop = entry;
      while (stop < end && line[stop] != ';') {
        stop++;
      }
      if (stop - entry > 4
          && line[entry] == 'E'
          && line[entry + 1] == 'N'
          && line[entry + 2] == 'D'
          && line[entry + 3] == '=') {
        long value = 0;
        boolean digits = stop - entry - 4 <= 12;
        for (int i = entry + 4; i < stop && digits; i++) {
          digits = line[i] >= '0' && line[i] <= '9';
          value = value * 10 + (line[i] - '0');
        }
        if (!digits || value < position) {
          throw error(
              lineNumber,
              "INFO END",
              VcfProblem.MALFORMED_INFO,
              "END '"
                  + VcfAlleleText.text(line, entry + 4, stop)
                  + "' is not a position at or after POS "
                  + position);
        }
      }
      entry = stop + 1;
    }
  }

  private List<String> formatKeys(byte[] line, int[] tabs, long lineNumber) {
    int start = tabs[7] + 1;
    int end = tabs.length > 8 ? tabs[8] : line.length;
    int length = end - start;
    if (length == lastFormatBytes.length
        && Arrays.equals(line, start, end, lastFormatBytes, 0, length)) {
      return lastFormatKeys;
    }
    String format = VcfAlleleText.text(line, start, end);
    List<String> keys = format.equals(".") ? List.of() : List.of(format.split(":", -1));
    for (String key : keys) {
      if (key.isEmpty()) {
        throw error(
            lineNumber, "FORMAT", VcfProblem.MALFORMED_FIELD, "'" + format + "' has an empty key");
      }
    }
    if (keys.size() != keys.stream().distinct().count()) {
      throw error(
          lineNumber, "FORMAT", VcfProblem.MALFORMED_FIELD, "'" + format + "' repeats a key");
    }
    lastFormatBytes = Arrays.copyOfRange(line, start, end);
    lastFormatKeys = keys;
    return keys;
  }

  private void checkGenotypes(
      byte[] line, int[] tabs, List<String> formatKeys, int altCount, long lineNumber) {
    int gt = formatKeys.indexOf("GT");
    if (gt < 0) {
      return;
    }
    for (int sample = 0; sample < header.samples().size(); sample++) {
      int start = tabs[8 + sample] + 1;
      int end = 9 + sample < tabs.length ? tabs[9 + sample] : line.length;
      for (int k = 0; k < gt && start < end; k++) {
        while (start < end && line[start] != ':') {
          start++;
        }
        start++;
      }
      if (start >= end) {
        continue; // GT dropped as a trailing field
      }
      int stop = start;
      while (stop < end && line[stop] != ':') {
        stop++;
      }
      String problem = GenotypeSyntax.problem(line, start, stop, altCount);
      if (problem != null) {
        throw error(
            lineNumber,
            "sample " + header.samples().get(sample) + " GT",
            VcfProblem.MALFORMED_SAMPLE,
            problem);
      }
    }
  }

  private void checkReference(String contig, long position, String ref, long lineNumber) {
    Optional<String> expected = reference.bases(contig, position, position + ref.length() - 1);
    if (expected.isEmpty()) {
      return;
    }
    String bases = expected.get();
    for (int i = 0; i < ref.length(); i++) {
      char a = ref.charAt(i);
      char b = bases.charAt(i);
      if (a != b && a != 'N' && b != 'N') {
        throw error(
            lineNumber,
            "REF",
            VcfProblem.REF_MISMATCH,
            "REF is '"
                + ref
                + "' but the reference has '"
                + bases
                + "' at "
                + contig
                + ":"
                + position
                + "; the VCF was called against another reference or genome build");
      }
    }
  }

  private VcfFormatException wrongColumns(long lineNumber, int expected, byte[] line) {
    int found = 1;
    for (byte b : line) {
      found += b == '\t' ? 1 : 0;
    }
    String layout =
        header.samples().isEmpty()
            ? (header.hasFormatColumn() ? "8 fixed + FORMAT" : "8 fixed")
            : "8 fixed + FORMAT + " + header.samples().size() + " sample(s)";
    String hint =
        line.length == 0 ? " (blank line)" : found == 1 ? " (is the file tab-separated?)" : "";
    return error(
        lineNumber,
        null,
        VcfProblem.WRONG_COLUMN_COUNT,
        "expected " + expected + " tab-separated columns (" + layout + "), found " + found + hint);
  }

  private String columnName(int column) {
    if (column < FIXED) {
      return VcfHeader.FIXED_COLUMNS.get(column);
    }
    return column == FIXED ? "FORMAT" : "sample " + header.samples().get(column - FIXED - 1);
  }

  private VcfFormatException error(
      long lineNumber, String column, VcfProblem problem, String reason) {
    return new VcfFormatException(source, lineNumber, column, problem, reason);
  }
}
