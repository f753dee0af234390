package org.gms.genomics.constraint;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;

/**
 * gnomAD loss-of-function constraint by gene symbol, as a proxy for "loss of function is a disease
 * mechanism" when no curated statement (panel, ClinGen dosage) is available. The bundled copy is
 * gnomAD v2.1.1 (CC0); {@link #read} takes the upstream {@code lof_metrics.by_gene} table or any
 * tab-separated table with columns {@code gene}, {@code pLI} and {@code oe_lof_upper} (or {@code
 * LOEUF}), plain or gzip.
 */
public final class GeneConstraints {

  private static final String BUNDLED = "gnomad-v2.1.1-lof-constraint.tsv.gz";
  private static final String VERSION = "gnomAD v2.1.1";

  private final Map<String, GeneConstraint> byGene;
  private final String version;

  private GeneConstraints(Map<String, GeneConstraint> byGene, String version) {
    this.byGene = Map.copyOf(byGene);
    this.version = version;
  }

  /** The bundled gnomAD v2.1.1 constraint (19,155 genes). */
  public static GeneConstraints bundled() {
    try (InputStream in = GeneConstraints.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("Bundled resource " + BUNDLED + " is missing");
      }
      return parse(in, BUNDLED, VERSION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GeneConstraints read(Path path, String version) {
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in, path.toString(), version);
    } catch (NoSuchFileException e) {
      throw new GenomicsException("Gene constraint file not found: " + path);
    } catch (IOException e) {
      throw new GenomicsException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  public Optional<GeneConstraint> of(String gene) {
    return Optional.ofNullable(byGene.get(gene));
  }

  /** Which release the figures are from, for example {@code gnomAD v2.1.1}. */
  public String version() {
    return version;
  }

  public int size() {
    return byGene.size();
  }

  private static GeneConstraints parse(InputStream raw, String source, String version)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    Map<String, GeneConstraint> byGene = new HashMap<>();
    int[] columns = null;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.startsWith("##") || line.startsWith("# ") || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (columns == null) {
        columns = header(fields, source, lineNumber);
        continue;
      }
      if (fields.length <= Math.max(columns[0], Math.max(columns[1], columns[2]))) {
        throw new GenomicsException(source + ", line " + lineNumber + ": too few columns");
      }
      GeneConstraint constraint =
          new GeneConstraint(
              fields[columns[0]],
              number(fields[columns[1]], source, lineNumber, "pLI"),
              number(fields[columns[2]], source, lineNumber, "LOEUF"));
      if (constraint.pLI().isPresent() || constraint.loeuf().isPresent()) {
        byGene.merge(constraint.gene(), constraint, GeneConstraints::lessConstrained);
      }
    }
    if (columns == null) {
      throw new GenomicsException(source + ": no header line with gene, pLI and oe_lof_upper");
    }
    return new GeneConstraints(byGene, version);
  }

  private static int[] header(String[] fields, String source, int line) {
    List<String> names = List.of(fields);
    int gene = names.indexOf(names.contains("gene") ? "gene" : "#gene");
    int pli = names.indexOf("pLI");
    int loeuf =
        names.contains("oe_lof_upper") ? names.indexOf("oe_lof_upper") : names.indexOf("LOEUF");
    if (gene < 0 || pli < 0 || loeuf < 0) {
      throw new GenomicsException(
          source
              + ", line "
              + line
              + ": the header needs columns gene, pLI and oe_lof_upper (or LOEUF); found "
              + names);
    }
    return new int[] {gene, pli, loeuf};
  }

  private static OptionalDouble number(String text, String source, int line, String field) {
    if (text.isEmpty() || text.equals("NA")) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      throw new GenomicsException(
          source + ", line " + line + ", field " + field + ": '" + text + "' is not a number");
    }
  }

  /** Symbols listed twice keep the less constrained entry: the cautious choice for PVS1. */
  private static GeneConstraint lessConstrained(GeneConstraint a, GeneConstraint b) {
    double la = a.loeuf().orElse(Double.NEGATIVE_INFINITY);
    double lb = b.loeuf().orElse(Double.NEGATIVE_INFINITY);
    return lb > la ? b : a;
  }
}
