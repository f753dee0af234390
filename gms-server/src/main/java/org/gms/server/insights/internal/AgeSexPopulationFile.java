package org.gms.server.insights.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads England's population by sex and age band from a CSV file in one of two formats, told apart
 * by the header.
 *
 * <ul>
 *   <li>The ONS mid-year population estimates in long format, as ONS publishes them: a column
 *       {@code sex} (1 male, 2 female), {@code age} (single years 0 to 90, 90 meaning 90 and over;
 *       {@code 90+} is read too), exactly one population column (its name starts with {@code
 *       population}, e.g. {@code population_2022}) and either {@code country} (England's rows are
 *       {@code E}) or an area code column (its name ends with {@code code}, e.g. {@code ladcode23};
 *       England's rows are the codes starting with {@code E}, or only {@code E92000001} where the
 *       file has England's own row). The single years are summed into the bands of {@link
 *       AgeBands}.
 *   <li>A simple file {@code sex,age_band,population}: sex {@code female} or {@code male}, the age
 *       band as {@link AgeBands} writes it (0-4, 5-17, 18-39, 40-64, 65+), one line per sex and
 *       band.
 * </ul>
 *
 * A file that cannot be read fails with the file, the line and the field that are wrong.
 */
final class AgeSexPopulationFile {

  private static final String ENGLAND = "E92000001";

  private AgeSexPopulationFile() {}

  /** A line of the file: its number (1 = the header) and its fields. */
  private record Line(int number, List<String> fields) {}

  static AgeSexPopulation read(Path file) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (!text.isBlank()) {
          lines.add(new Line(number, split(text)));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read the population by age and sex "
              + file
              + " (gms.insights.population-by-age-sex): "
              + e.getMessage()
              + ". Check the path and that the service may read it.",
          e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException(file + " is empty: it needs a header line and data lines.");
    }
    List<String> header =
        lines.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    List<Line> data = lines.subList(1, lines.size());
    Map<String, Map<String, Long>> people =
        header.contains("age_band") ? simple(file, header, data) : ons(file, header, data);
    try {
      return new AgeSexPopulation(file.toString(), people);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static Map<String, Map<String, Long>> simple(
      Path file, List<String> header, List<Line> data) {
    int sex = column(file, header, "sex");
    int band = column(file, header, "age_band");
    int population = column(file, header, "population");
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Line line : data) {
      String s = field(file, line, sex, "sex").toLowerCase(Locale.ROOT);
      if (!AgeSexPopulation.SEXES.contains(s)) {
        throw error(file, line, "sex", s, "is not female or male");
      }
      String b = field(file, line, band, "age_band");
      if (!AgeBands.BANDS.contains(b)) {
        throw error(
            file, line, "age_band", b, "is not one of " + String.join(", ", AgeBands.BANDS));
      }
      long n = count(file, line, population, "population");
      if (out.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(b, n) != null) {
        throw error(file, line, "age_band", b, "is given a second time for " + s);
      }
    }
    return out;
  }

  private static Map<String, Map<String, Long>> ons(
      Path file, List<String> header, List<Line> data) {
    int sex = column(file, header, "sex");
    int age = column(file, header, "age");
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith("population")) {
        counts.add(i);
      }
    }
    if (counts.size() != 1) {
      throw new IllegalStateException(
          file
              + ", line 1: the header needs exactly one population column (e.g. population_2022),"
              + " found "
              + counts.stream().map(header::get).toList()
              + ". Keep only the year wanted, or write the simple format sex,age_band,population.");
    }
    int population = counts.get(0);
    int country = header.indexOf("country");
    int area = -1;
    for (int i = 0; i < header.size() && country < 0 && area < 0; i++) {
      area = header.get(i).endsWith("code") ? i : -1;
    }
    if (country < 0 && area < 0) {
      throw new IllegalStateException(
          file
              + ", line 1: the header has no country column nor an area code column (a name"
              + " ending with 'code', e.g. ladcode23), so England's rows cannot be told apart.");
    }
    boolean englandRow = false;
    if (country < 0) {
      for (Line line : data) {
        englandRow |= field(file, line, area, header.get(area)).equals(ENGLAND);
      }
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Line line : data) {
      boolean england =
          country >= 0
              ? field(file, line, country, "country").equals("E")
              : englandRow
                  ? field(file, line, area, header.get(area)).equals(ENGLAND)
                  : field(file, line, area, header.get(area)).startsWith("E");
      if (!england) {
        continue;
      }
      String s =
          switch (field(file, line, sex, "sex")) {
            case "1" -> "male";
            case "2" -> "female";
            default ->
                throw error(
                    file, line, "sex", line.fields().get(sex), "is not 1 (male) or 2 (female)");
          };
      String band = AgeBands.ofAge(years(file, line, age));
      long n = count(file, line, population, header.get(population));
      out.computeIfAbsent(s, k -> new LinkedHashMap<>()).merge(band, n, Long::sum);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(
          file
              + " has no rows for England (country E, or area codes starting with E): is it the"
              + " ONS mid-year estimates file for England and Wales or the UK?");
    }
    return out;
  }

  private static int years(Path file, Line line, int column) {
    String text = field(file, line, column, "age");
    String digits = text.endsWith("+") ? text.substring(0, text.length() - 1) : text;
    try {
      int age = Integer.parseInt(digits);
      if (age >= 0 && age <= 90) {
        return age;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(file, line, "age", text, "is not a single year of age from 0 to 90 (90 and over)");
  }

  private static long count(Path file, Line line, int column, String name) {
    String text = field(file, line, column, name);
    try {
      long n = Long.parseLong(text);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(file, line, name, text, "is not a whole number of people (0 or more)");
  }

  private static int column(Path file, List<String> header, String name) {
    int at = header.indexOf(name);
    if (at < 0) {
      throw new IllegalStateException(
          file
              + ", line 1: the header "
              + header
              + " has no column '"
              + name
              + "'. Use the ONS mid-year estimates in long format (sex, age, a population column"
              + " and country or an area code) or the simple format sex,age_band,population.");
    }
    return at;
  }

  private static String field(Path file, Line line, int column, String name) {
    if (column >= line.fields().size()) {
      throw new IllegalStateException(
          file
              + ", line "
              + line.number()
              + ": field '"
              + name
              + "' is missing (the line has "
              + line.fields().size()
              + " fields). Give every line the header's columns.");
    }
    return line.fields().get(column).strip();
  }

  private static IllegalStateException error(
      Path file, Line line, String field, String value, String why) {
    return new IllegalStateException(
        file
            + ", line "
            + line.number()
            + ", field '"
            + field
            + "': '"
            + value
            + "' "
            + why
            + ". Correct the line (gms.insights.population-by-age-sex).");
  }

  /** The fields of a CSV line; a field may be quoted, with "" for a quote inside it. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
