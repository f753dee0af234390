package org.gms.genomics.variant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.gms.genomics.reference.AssemblyContigs;

/**
 * Reads the header: {@code ##} meta lines up to and including the {@code #CHROM} line, and checks
 * the contigs against the declared build. Lenient reading repairs wrong fixed column names (the
 * real-world case is a blank INFO name left by a spreadsheet) and notes the repair.
 */
final class VcfHeaderParser {

  private final String source;
  private final VcfReadOptions options;
  private final List<String> warnings = new ArrayList<>();

  VcfHeaderParser(String source, VcfReadOptions options) {
    this.source = source;
    this.options = options;
  }

  List<String> warnings() {
    return warnings;
  }

  VcfHeader parse(LineSource lines) throws IOException {
    String fileFormat = null;
    List<String> meta = new ArrayList<>();
    List<VcfFieldDefinition> info = new ArrayList<>();
    List<VcfFieldDefinition> format = new ArrayList<>();
    List<VcfContig> contigs = new ArrayList<>();
    boolean trailingWhitespace = false;
    while (true) {
      byte[] bytes = lines.next();
      long number = lines.lineNumber();
      if (bytes == null) {
        throw error(
            number + 1,
            null,
            VcfProblem.MISSING_HEADER,
            number == 0
                ? "the file is empty"
                : "the file ends before the #CHROM header line; it is not a complete VCF");
      }
      String line = decode(bytes, number);
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte-order mark, as some editors write
        warnings.add("byte-order mark at the start of the file ignored");
      }
      String stripped = line.stripTrailing();
      trailingWhitespace |= stripped.length() != line.length() && line.startsWith("##");
      if (number == 1 && !stripped.startsWith("##fileformat=")) {
        if (!options.lenient() || !stripped.startsWith("#")) {
          throw error(
              1,
              null,
              VcfProblem.MISSING_HEADER,
              "the first line must be '##fileformat=VCFv4.x' but is '"
                  + abbreviate(stripped)
                  + "'; this is not a VCF file (or its header was removed)");
        }
        warnings.add("no ##fileformat line; assumed VCFv4.2");
        fileFormat = "VCFv4.2";
        meta.add("##fileformat=VCFv4.2");
      }
      if (stripped.startsWith("##")) {
        meta.add(stripped);
        if (stripped.startsWith("##fileformat=")) {
          fileFormat = checkFileFormat(stripped.substring("##fileformat=".length()), number);
        } else if (stripped.startsWith("##INFO=")) {
          definition(stripped, "##INFO=", number).ifPresent(info::add);
        } else if (stripped.startsWith("##FORMAT=")) {
          definition(stripped, "##FORMAT=", number).ifPresent(format::add);
        } else if (stripped.startsWith("##contig=")) {
          contig(stripped, number).ifPresent(contigs::add);
        } else if (stripped.startsWith("##reference=")) {
          checkAssemblyName(stripped.substring("##reference=".length()), "##reference", number);
        }
      } else if (stripped.startsWith("#CHROM")) {
        if (trailingWhitespace) {
          warnings.add("trailing tabs or spaces after meta lines removed");
        }
        // Trailing tabs are kept here: they would be empty sample names.
        return columns(line, number, fileFormat, meta, info, format, contigs);
      } else if (stripped.startsWith("#")) {
        if (!options.lenient()) {
          throw error(
              number,
              null,
              VcfProblem.MALFORMED_HEADER,
              "'" + abbreviate(stripped) + "' is neither a ## meta line nor the #CHROM line");
        }
        warnings.add("line " + number + " (neither ## nor #CHROM) ignored");
      } else {
        throw error(
            number,
            null,
            VcfProblem.MISSING_HEADER,
            "a data line comes before the #CHROM header line; every VCF needs the line"
                + " '#CHROM POS ID REF ALT QUAL FILTER INFO' (tab-separated) before its records");
      }
    }
  }

  private VcfHeader columns(
      String line,
      long number,
      String fileFormat,
      List<String> meta,
      List<VcfFieldDefinition> info,
      List<VcfFieldDefinition> format,
      List<VcfContig> contigs) {
    String[] names = line.substring(1).split("\t", -1);
    List<String> fixed = VcfHeader.FIXED_COLUMNS;
    if (names.length < fixed.size()) {
      throw error(
          number,
          null,
          VcfProblem.MALFORMED_HEADER,
          "the #CHROM line has "
              + names.length
              + " tab-separated columns; VCF needs at least the 8 "
              + String.join(", ", fixed)
              + " (is it space-separated?)");
    }
    for (int i = 0; i <= fixed.size() && i < names.length; i++) {
      String expected = i < fixed.size() ? fixed.get(i) : "FORMAT";
      if (!names[i].equals(expected)) {
        String problem =
            "column "
                + (i + 1)
                + " of the #CHROM line is "
                + (names[i].isBlank() ? "blank" : "'" + names[i] + "'")
                + " where VCF requires '"
                + expected
                + "'";
        if (!options.lenient()) {
          throw error(
              number,
              "#CHROM column " + (i + 1),
              VcfProblem.MALFORMED_HEADER,
              problem
                  + " (a blank or renamed column usually means the file was edited in a"
                  + " spreadsheet); correct the header line, or read with --lenient to repair it");
        }
        warnings.add(problem + "; taken as " + expected);
      }
    }
    List<String> samples = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = fixed.size() + 1; i < names.length; i++) {
      String sample = names[i];
      if (sample.isBlank()) {
        if (i == names.length - 1 && options.lenient()) {
          warnings.add("trailing tab after the last sample name removed");
          continue;
        }
        throw error(
            number,
            "#CHROM column " + (i + 1),
            VcfProblem.MALFORMED_HEADER,
            "sample name in column " + (i + 1) + " is blank");
      }
      if (!seen.add(sample)) {
        throw error(
            number,
            "#CHROM column " + (i + 1),
            VcfProblem.MALFORMED_HEADER,
            "sample name '" + sample + "' appears twice; sample names must be unique");
      }
      samples.add(sample);
    }
    return new VcfHeader(
        fileFormat, meta, info, format, contigs, samples, names.length > fixed.size());
  }

  private String checkFileFormat(String version, long number) {
    if (!version.startsWith("VCFv4.")) {
      throw error(
          number,
          "##fileformat",
          VcfProblem.MALFORMED_HEADER,
          "'"
              + abbreviate(version)
              + "' is not a supported VCF version (VCFv4.0 to VCFv4.5 are read)");
    }
    return version;
  }

  private Optional<VcfFieldDefinition> definition(String line, String prefix, long number) {
    Map<String, String> fields = structured(line, prefix, number);
    if (fields == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VcfFieldDefinition(
              fields.get("ID"),
              fields.get("Number"),
              fields.get("Type"),
              fields.get("Description")));
    } catch (IllegalArgumentException e) {
      return malformed(number, prefix, e.getMessage());
    }
  }

  private Optional<VcfContig> contig(String line, long number) {
    Map<String, String> fields = structured(line, "##contig=", number);
    if (fields == null) {
      return Optional.empty();
    }
    String id = fields.get("ID");
    if (id == null || id.isBlank()) {
      return malformed(number, "##contig=", "no ID");
    }
    String length = fields.get("length");
    OptionalLong declared = OptionalLong.empty();
    if (length != null) {
      try {
        declared = OptionalLong.of(Long.parseLong(length));
      } catch (NumberFormatException e) {
        return malformed(
            number, "##contig=", "length '" + abbreviate(length) + "' is not a whole number");
      }
    }
    if (options.build() != null && declared.isPresent()) {
      AssemblyContigs.of(options.build())
          .contradiction(id, declared.getAsLong())
          .ifPresent(
              why -> {
                throw error(number, "##contig", VcfProblem.BUILD_MISMATCH, why);
              });
    }
    String assembly = fields.get("assembly");
    if (assembly != null) {
      checkAssemblyName(assembly, "##contig assembly", number);
    }
    return Optional.of(new VcfContig(id, declared));
  }

  /** The key=value pairs inside {@code ##KEY=<...>}, quotes removed; null if lenient and bad. */
  private Map<String, String> structured(String line, String prefix, long number) {
    String body = line.substring(prefix.length());
    if (!body.startsWith("<") || !body.endsWith(">")) {
      return malformedOrNull(number, prefix, "the value must be enclosed in < >");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int i = 1;
    int end = body.length() - 1;
    while (i < end) {
      int equals = body.indexOf('=', i);
      if (equals < 0 || equals >= end) {
        return malformedOrNull(
            number, prefix, "'" + abbreviate(body.substring(i, end)) + "' is not key=value");
      }
      String key = body.substring(i, equals).strip();
      StringBuilder value = new StringBuilder();
      int j = equals + 1;
      if (j < end && body.charAt(j) == '"') {
        j++;
        while (j < end && body.charAt(j) != '"') {
          if (body.charAt(j) == '\\' && j + 1 < end) {
            j++;
          }
          value.append(body.charAt(j++));
        }
        if (j >= end) {
          return malformedOrNull(number, prefix, "a quoted value is not closed");
        }
        j++;
      } else {
        while (j < end && body.charAt(j) != ',') {
          value.append(body.charAt(j++));
        }
      }
      fields.put(key, value.toString());
      if (j < end && body.charAt(j) != ',') {
        return malformedOrNull(number, prefix, "expected ',' after " + key);
      }
      i = j + 1;
    }
    return fields;
  }

  private Map<String, String> malformedOrNull(long number, String prefix, String why) {
    malformed(number, prefix, why);
    return null;
  }

  private <T> Optional<T> malformed(long number, String prefix, String why) {
    String column = prefix.substring(0, prefix.length() - 1);
    if (!options.lenient()) {
      throw error(number, column, VcfProblem.MALFORMED_HEADER, why);
    }
    warnings.add("line " + number + " (" + column + ") ignored: " + why);
    return Optional.empty();
  }

  private void checkAssemblyName(String value, String field, long number) {
    if (options.build() == null) {
      return;
    }
    String text = value.toLowerCase(Locale.ROOT);
    boolean says37 =
        text.contains("grch37")
            || text.contains("hg19")
            || text.contains("b37")
            || text.contains("hs37");
    boolean says38 = text.contains("grch38") || text.contains("hg38") || text.contains("hs38");
    boolean contradicts =
        switch (options.build()) {
          case GRCh37 -> says38 && !says37;
          case GRCh38 -> says37 && !says38;
        };
    if (contradicts) {
      throw error(
          number,
          field,
          VcfProblem.BUILD_MISMATCH,
          "the header names the assembly '"
              + abbreviate(value)
              + "' but the declared build is "
              + options.build()
              + "; declare the build the file was made with");
    }
  }

  private String decode(byte[] bytes, long number) {
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b >= 0 && b < ' ' && b != '\t') {
        throw error(
            number,
            null,
            bytes.length > 0 && number == 1 ? VcfProblem.MISSING_HEADER : VcfProblem.NOT_TEXT,
            "control character 0x"
                + Integer.toHexString(b)
                + " at byte "
                + (i + 1)
                + " of a header line; this is not a (plain or gzipped) text VCF");
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private VcfFormatException error(long line, String column, VcfProblem problem, String reason) {
    return new VcfFormatException(source, line, column, problem, reason);
  }
}
