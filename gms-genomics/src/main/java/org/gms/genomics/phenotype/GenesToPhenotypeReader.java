package org.gms.genomics.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.gms.genomics.GenomicsException;

/**
 * Reads HPO's {@code genes_to_phenotype.txt} in both published layouts, told apart by the header:
 *
 * <ul>
 *   <li>current (2023 onwards), six named columns: {@code ncbi_gene_id gene_symbol hpo_id hpo_name
 *       frequency disease_id};
 *   <li>legacy (up to early 2023), nine columns announced by {@code #Format: entrez-gene-id<tab>
 *       entrez-gene-symbol<tab>HPO-Term-ID<tab>HPO-Term-Name<tab>Frequency-Raw<tab>Frequency-HPO
 *       <tab>Additional Info from G-D source<tab>G-D source<tab>disease-ID for link}.
 * </ul>
 */
final class GenesToPhenotypeReader {

  private static final String LEGACY_HEADER = "#Format: entrez-gene-id<tab>";

  private record Layout(
      int columns, int gene, int symbol, int term, int[] frequency, int disease) {}

  private static final Layout LEGACY = new Layout(9, 0, 1, 2, new int[] {5, 4}, 8);

  private final String source;

  GenesToPhenotypeReader(String source) {
    this.source = source;
  }

  void read(BufferedReader reader, AnnotationCollector sink) throws IOException {
    String header = reader.readLine();
    if (header == null) {
      throw new GenomicsException(source + " is empty; expected HPO genes_to_phenotype.txt");
    }
    Layout layout = header.startsWith(LEGACY_HEADER) ? LEGACY : namedLayout(header);
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < layout.columns()) {
        throw error(
            lineNumber, "expected " + layout.columns() + " columns, found " + fields.length);
      }
      String where = source + " line " + lineNumber;
      try {
        Gene gene = new Gene(geneId(fields[layout.gene()]), fields[layout.symbol()]);
        DiseaseId disease = new DiseaseId(fields[layout.disease()]);
        sink.link(gene, disease);
        sink.annotate(
            disease,
            null,
            HpoTermId.parse(fields[layout.term()]),
            frequency(fields, layout),
            false,
            where);
      } catch (IllegalArgumentException e) {
        throw error(lineNumber, e.getMessage());
      }
    }
  }

  private static int geneId(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "gene id '" + text + "' is not an NCBI Gene id (a number, for example 2263)", e);
    }
  }

  private static double frequency(String[] fields, Layout layout) {
    for (int column : layout.frequency()) {
      double value = AnnotationFrequency.parse(fields[column]);
      if (!Double.isNaN(value)) {
        return value;
      }
    }
    return AnnotationFrequency.UNKNOWN;
  }

  private Layout namedLayout(String header) {
    List<String> names = Arrays.asList(header.split("\t", -1));
    int gene = names.indexOf("ncbi_gene_id");
    int symbol = names.indexOf("gene_symbol");
    int term = names.indexOf("hpo_id");
    int frequency = names.indexOf("frequency");
    int disease = names.indexOf("disease_id");
    if (gene < 0 || symbol < 0 || term < 0 || frequency < 0 || disease < 0) {
      throw error(
          1,
          "unrecognised header; expected the HPO genes_to_phenotype.txt header 'ncbi_gene_id"
              + " gene_symbol hpo_id hpo_name frequency disease_id' (tab-separated) or the legacy"
              + " '#Format: entrez-gene-id<tab>...' line");
    }
    return new Layout(names.size(), gene, symbol, term, new int[] {frequency}, disease);
  }

  private GenomicsException error(int line, String message) {
    return new GenomicsException(source + " line " + line + ": " + message);
  }
}
