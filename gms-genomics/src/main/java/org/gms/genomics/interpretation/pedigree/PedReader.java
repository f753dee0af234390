package org.gms.genomics.interpretation.pedigree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;

/**
 * Reads a PED file (LINKAGE pedigree format, as used by PLINK, peddy and slivar): one individual
 * per line, six whitespace-separated columns
 *
 * <pre>
 * family  individual  father  mother  sex  phenotype
 * </pre>
 *
 * with {@code 0} for an unknown parent, sex {@code 1} male, {@code 2} female, {@code 0} unknown,
 * and phenotype {@code 2} affected, {@code 1} unaffected, {@code 0} or {@code -9} unknown. Blank
 * lines and lines starting with {@code #} are skipped; columns after the sixth (genotypes in
 * LINKAGE files, extra attributes in peddy files) are ignored. Errors name file, line and field.
 */
public final class PedReader {

  private static final String[] FIELDS = {
    "family id", "individual id", "father id", "mother id", "sex", "phenotype"
  };

  private PedReader() {}

  public static Pedigree read(Path path) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader, path.toString());
    } catch (NoSuchFileException e) {
      throw new PedigreeException("PED file not found: " + path);
    } catch (IOException e) {
      throw new GenomicsException("Cannot read PED file " + path + ": " + e.getMessage(), e);
    }
  }

  public static Pedigree parse(String text, String source) {
    try {
      return read(new StringReader(text), source);
    } catch (IOException e) {
      throw new IllegalStateException("Reading a string cannot fail", e);
    }
  }

  private static Pedigree read(Reader input, String source) throws IOException {
    BufferedReader reader = new BufferedReader(input);
    List<PedigreeMember> members = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      PedigreeMember member = member(trimmed.split("\\s+"), source, lineNumber);
      Integer earlier = lines.putIfAbsent(member.id(), lineNumber);
      if (earlier != null) {
        throw PedigreeException.at(
            source,
            lineNumber,
            FIELDS[1],
            "individual '"
                + member.id()
                + "' is already listed on line "
                + earlier
                + "; individual ids must be unique because they are matched to VCF sample names");
      }
      members.add(member);
    }
    if (members.isEmpty()) {
      throw PedigreeException.at(
          source, 0, null, "no individuals; a PED file has one line per individual");
    }
    return new Pedigree(source, members, lines);
  }

  private static PedigreeMember member(String[] columns, String source, int line) {
    if (columns.length < FIELDS.length) {
      throw PedigreeException.at(
          source,
          line,
          null,
          "expected 6 columns (family, individual, father, mother, sex, phenotype) separated by"
              + " tabs or spaces; found "
              + columns.length);
    }
    String individual = columns[1];
    Sex sex = Sex.fromPedCode(columns[4]);
    if (sex == null) {
      throw PedigreeException.at(
          source,
          line,
          FIELDS[4],
          "'"
              + columns[4]
              + "' is not a PED sex code; use 1 (male), 2 (female) or 0 (unknown)"
              + headerHint(columns));
    }
    AffectionStatus status = AffectionStatus.fromPedCode(columns[5]);
    if (status == null) {
      throw PedigreeException.at(
          source,
          line,
          FIELDS[5],
          "'"
              + columns[5]
              + "' is not an affection status; use 2 (affected), 1 (unaffected) or 0 / -9"
              + " (unknown); quantitative phenotypes are not supported"
              + headerHint(columns));
    }
    String father = parent(columns[2]);
    String mother = parent(columns[3]);
    if (individual.equals(father) || individual.equals(mother)) {
      throw PedigreeException.at(
          source,
          line,
          individual.equals(father) ? FIELDS[2] : FIELDS[3],
          "individual '" + individual + "' is given as their own parent");
    }
    if (individual.equals("0")) {
      throw PedigreeException.at(
          source,
          line,
          FIELDS[1],
          "'0' means 'unknown' in PED files and cannot be an individual id");
    }
    return new PedigreeMember(columns[0], individual, father, mother, sex, status);
  }

  private static String parent(String value) {
    return value.equals("0") ? null : value;
  }

  private static String headerHint(String[] columns) {
    boolean wordy = !columns[4].matches("-?\\d+(\\.\\d+)?");
    return wordy ? " (if this is a header line, start it with '#')" : "";
  }
}
