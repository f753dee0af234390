package org.gms.genomics.phenotype.modelorganism;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.phenotype.Gene;

/**
 * Where the cross-species files are read from: the copies bundled with the product (the upstream
 * files as published, gzipped) or a folder holding the same file names, and the HGNC table that
 * turns their Ensembl gene ids into human genes.
 */
public final class CrossSpeciesFiles {

  static final String MUTANT_GENES = "gene_mousemutant.2016-10-13.tsv.gz";
  static final String MUTANT_PHENOTYPES = "mousemutant_phenotype.2016-10-13.tsv.gz";
  static final String TERMS = "phenorank_phenotypes.2017.tsv.gz";
  static final String ANCESTORS = "phenorank_phenotype_ancestors.2017.tsv.gz";
  static final String BEST_MATCHES = "upheno_hp-to-mp-bestmatches.2020-01-24.tsv.gz";
  static final String EQUIVALENTS = "upheno_mp-hp-equivalent-classes.tsv.gz";

  /** The human protein interactions (PhenoRank's PRINCE set): Ensembl gene pairs. */
  public static final String INTERACTIONS = "ppi_prince.2016.tsv.gz";

  private static final String HGNC = "hgnc-2024-10.ensembl-symbol-entrez.tsv.gz";

  private final Path folder;
  private final Map<String, Gene> byEnsembl;
  private final Map<String, Gene> bySymbol;

  private CrossSpeciesFiles(Path folder) {
    this.folder = folder;
    this.byEnsembl = readHgnc();
    Map<String, Gene> symbols = new HashMap<>();
    byEnsembl.values().forEach(g -> symbols.putIfAbsent(g.symbol(), g));
    this.bySymbol = Map.copyOf(symbols);
  }

  /** The files bundled with the product (MGI 2016, uPheno 2020, PRINCE 2016; see NOTICE). */
  public static CrossSpeciesFiles bundled() {
    return Bundled.FILES;
  }

  /** The same file names read from a folder (for example a newer download), HGNC still bundled. */
  public static CrossSpeciesFiles in(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new GenomicsException(
          "Model-organism folder not found: "
              + folder
              + ". Give a folder holding "
              + MUTANT_GENES
              + ", "
              + MUTANT_PHENOTYPES
              + ", "
              + TERMS
              + ", "
              + ANCESTORS
              + ", "
              + BEST_MATCHES
              + " and "
              + INTERACTIONS);
    }
    return new CrossSpeciesFiles(folder);
  }

  private static final class Bundled {
    static final CrossSpeciesFiles FILES = new CrossSpeciesFiles(null);
  }

  /** Where the files come from, for provenance lines. */
  public String origin() {
    return folder == null ? "bundled" : folder.toString();
  }

  /** The human gene HGNC (2024-10) gives for an Ensembl gene id, if it knows the id. */
  public Optional<Gene> gene(String ensemblId) {
    return Optional.ofNullable(byEnsembl.get(ensemblId));
  }

  /** The human gene with this approved HGNC (2024-10) symbol, if HGNC has it. */
  public Optional<Gene> geneBySymbol(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  /** Opens one of the files by its upstream name (plain or gzip). */
  public BufferedReader open(String name) {
    try {
      InputStream raw =
          folder == null
              ? CrossSpeciesFiles.class.getResourceAsStream(name)
              : Files.newInputStream(resolve(name));
      if (raw == null) {
        throw new GenomicsException(
            "The bundled model-organism file " + name + " is missing from the class path; rebuild");
      }
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      return new BufferedReader(
          new InputStreamReader(
              gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8),
          1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name + " from " + origin(), e);
    }
  }

  private Path resolve(String name) {
    Path gz = folder.resolve(name);
    if (Files.exists(gz)) {
      return gz;
    }
    Path plain = folder.resolve(name.replaceFirst("\\.gz$", ""));
    if (Files.exists(plain)) {
      return plain;
    }
    throw new GenomicsException(
        "Model-organism file " + name + " not found in " + folder + " (plain or gzipped)");
  }

  private static Map<String, Gene> readHgnc() {
    Map<String, Gene> genes = new HashMap<>();
    try (InputStream raw = CrossSpeciesFiles.class.getResourceAsStream(HGNC)) {
      if (raw == null) {
        throw new GenomicsException("The bundled " + HGNC + " is missing; rebuild");
      }
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t");
        if (f.length == 3) {
          genes.put(f[0], new Gene(Integer.parseInt(f[2]), f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled " + HGNC, e);
    }
    return Map.copyOf(genes);
  }
}
