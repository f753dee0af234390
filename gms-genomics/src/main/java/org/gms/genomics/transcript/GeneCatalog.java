package org.gms.genomics.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gene identity and MANE status: HGNC ids and approved symbols (from the HGNC complete set) and
 * MANE Select / Plus Clinical pairs (from the MANE summary). Used to complete transcript models
 * whose source lacks them.
 *
 * <p>{@link #bundled()} holds HGNC 2024-10 and MANE v1.4 for GRCh38 (column subsets of the upstream
 * files, which {@link #read} also accepts).
 */
public final class GeneCatalog {

  private static final String HGNC_RESOURCE = "hgnc-complete-set-2024-10.genes.tsv.gz";
  private static final String MANE_RESOURCE = "MANE.GRCh38.v1.4.summary.columns.tsv.gz";

  private final Map<String, HgncId> hgncBySymbol;
  private final Map<String, String> symbolByHgnc;
  private final Map<String, HgncId> hgncByEnsemblGene;
  private final Map<String, List<ManeEntry>> maneByTranscriptBase;

  private GeneCatalog(
      Map<String, HgncId> hgncBySymbol,
      Map<String, String> symbolByHgnc,
      Map<String, HgncId> hgncByEnsemblGene,
      Map<String, List<ManeEntry>> maneByTranscriptBase) {
    this.hgncBySymbol = hgncBySymbol;
    this.symbolByHgnc = symbolByHgnc;
    this.hgncByEnsemblGene = hgncByEnsemblGene;
    this.maneByTranscriptBase = maneByTranscriptBase;
  }

  public static GeneCatalog empty() {
    return new GeneCatalog(Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** HGNC 2024-10 and MANE v1.4 (GRCh38) shipped with GMS, read once. */
  public static GeneCatalog bundled() {
    return Bundled.CATALOG;
  }

  /** Reads the bundled catalog on first use. */
  private static final class Bundled {
    static final GeneCatalog CATALOG = readBundled();
  }

  private static GeneCatalog readBundled() {
    try (InputStream hgnc = resource(HGNC_RESOURCE);
        InputStream mane = resource(MANE_RESOURCE);
        BufferedReader hgncLines = CompressedText.open(hgnc);
        BufferedReader maneLines = CompressedText.open(mane)) {
      return build(Path.of(HGNC_RESOURCE), hgncLines, Path.of(MANE_RESOURCE), maneLines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled gene catalog", e);
    }
  }

  /**
   * Reads the HGNC complete set ({@code hgnc_complete_set.txt}) and the MANE summary ({@code
   * MANE.GRCh38.vX.summary.txt}), plain or gzip, columns found by their header names.
   */
  public static GeneCatalog read(Path hgncCompleteSet, Path maneSummary) {
    try (BufferedReader hgnc = CompressedText.open(hgncCompleteSet);
        BufferedReader mane = CompressedText.open(maneSummary)) {
      return build(hgncCompleteSet, hgnc, maneSummary, mane);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the gene catalog", e);
    }
  }

  /** The HGNC id of an approved symbol. */
  public Optional<HgncId> hgncId(String symbol) {
    return Optional.ofNullable(hgncBySymbol.get(symbol));
  }

  /** The MANE pair that names this transcript accession (Ensembl or RefSeq), if any. */
  public Optional<ManeEntry> mane(Accession transcript) {
    List<ManeEntry> entries = maneByTranscriptBase.get(transcript.base());
    if (entries != null) {
      for (ManeEntry entry : entries) {
        if (entry.names(transcript)) {
          return Optional.of(entry);
        }
      }
    }
    return Optional.empty();
  }

  public List<Transcript> enrich(Collection<Transcript> transcripts) {
    List<Transcript> enriched = new ArrayList<>(transcripts.size());
    for (Transcript transcript : transcripts) {
      enriched.add(enrich(transcript));
    }
    return enriched;
  }

  /**
   * The model with its HGNC id and approved symbol (by Ensembl gene id, else by symbol), MANE
   * Select flag and, for a MANE transcript without one, its protein accession. An unversioned
   * transcript accession matches MANE by its base; a versioned one needs the same version.
   */
  public Transcript enrich(Transcript transcript) {
    Transcript result = transcript;
    Gene gene = transcript.gene();
    HgncId hgnc = gene.hgncId();
    if (hgnc == null && gene.geneId() != null) {
      hgnc = hgncByEnsemblGene.get(Accession.parse(gene.geneId()).base());
    }
    if (hgnc == null) {
      hgnc = hgncBySymbol.get(gene.symbol());
    }
    if (hgnc != null) {
      String approved = symbolByHgnc.getOrDefault(hgnc.value(), gene.symbol());
      if (!hgnc.equals(gene.hgncId()) || !approved.equals(gene.symbol())) {
        result = result.withGene(gene.withHgncId(hgnc).withSymbol(approved));
      }
    }
    Optional<ManeEntry> mane = mane(transcript.id());
    if (mane.isPresent()) {
      if (mane.get().select() && !result.maneSelect()) {
        result = result.withManeSelect(true);
      }
      if (result.isCoding() && result.proteinId() == null) {
        result = result.withProteinId(mane.get().proteinFor(transcript.id()));
      }
    }
    return result;
  }

  private static InputStream resource(String name) {
    InputStream in = GeneCatalog.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing bundled resource " + name);
    }
    return in;
  }

  private static GeneCatalog build(
      Path hgncFile, BufferedReader hgnc, Path maneFile, BufferedReader mane) throws IOException {
    Map<String, HgncId> bySymbol = new HashMap<>();
    Map<String, String> symbolById = new HashMap<>();
    Map<String, HgncId> byEnsembl = new HashMap<>();
    Table table = Table.open(hgncFile, hgnc, "hgnc_id", "symbol", "ensembl_gene_id");
    for (String[] row = table.next(); row != null; row = table.next()) {
      HgncId id = Gff3Parser.hgnc(hgncFile, table.line, "hgnc_id", row[0]);
      bySymbol.put(row[1], id);
      symbolById.put(id.value(), row[1]);
      if (!row[2].isEmpty()) {
        byEnsembl.put(row[2], id);
      }
    }
    Map<String, List<ManeEntry>> maneByBase = new HashMap<>();
    Table maneTable =
        Table.open(
            maneFile,
            mane,
            "HGNC_ID",
            "symbol",
            "Ensembl_nuc",
            "Ensembl_prot",
            "RefSeq_nuc",
            "RefSeq_prot",
            "MANE_status");
    for (String[] row = maneTable.next(); row != null; row = maneTable.next()) {
      HgncId id =
          row[0].isEmpty() ? null : Gff3Parser.hgnc(maneFile, maneTable.line, "HGNC_ID", row[0]);
      ManeEntry entry =
          new ManeEntry(
              row[1],
              id,
              Accession.parse(row[2]),
              optional(row[3]),
              Accession.parse(row[4]),
              optional(row[5]),
              row[6].equals("MANE Select"));
      maneByBase
          .computeIfAbsent(entry.ensemblTranscript().base(), k -> new ArrayList<>(1))
          .add(entry);
      maneByBase
          .computeIfAbsent(entry.refseqTranscript().base(), k -> new ArrayList<>(1))
          .add(entry);
    }
    return new GeneCatalog(
        Map.copyOf(bySymbol),
        Map.copyOf(symbolById),
        Map.copyOf(byEnsembl),
        Map.copyOf(maneByBase));
  }

  private static Accession optional(String accession) {
    return accession.isEmpty() ? null : Accession.parse(accession);
  }

  /** A tab-separated table read by header names. */
  private static final class Table {
    private final Path file;
    private final BufferedReader in;
    private final int[] columns;
    private long line = 1;

    private Table(Path file, BufferedReader in, int[] columns) {
      this.file = file;
      this.in = in;
      this.columns = columns;
    }

    static Table open(Path file, BufferedReader in, String... names) throws IOException {
      String header = in.readLine();
      if (header == null) {
        throw new TranscriptFileException(file + ": empty file, expected a header line");
      }
      List<String> headers = List.of(header.replaceFirst("^#", "").split("\t", -1));
      int[] columns = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        columns[i] = headers.indexOf(names[i]);
        if (columns[i] < 0) {
          throw TranscriptFileException.at(
              file, 1, names[i], "column missing from the header; is this the right file?");
        }
      }
      return new Table(file, in, columns);
    }

    String[] next() throws IOException {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String[] fields = text.split("\t", -1);
        String[] row = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
          if (columns[i] >= fields.length) {
            throw TranscriptFileException.at(
                file,
                line,
                "column " + (columns[i] + 1),
                "row has only " + fields.length + " columns");
          }
          row[i] = fields[columns[i]].strip();
        }
        return row;
      }
      return null;
    }
  }
}
