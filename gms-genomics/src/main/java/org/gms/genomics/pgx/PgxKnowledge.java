package org.gms.genomics.pgx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.LoadedOnce;
import org.gms.genomics.pgx.definition.AlleleDefinitionReader;
import org.gms.genomics.pgx.definition.DefinitionSnapshot;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.definition.GeneExemption;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.gms.genomics.pgx.phenotype.PhenotypeTable;
import org.gms.genomics.pgx.phenotype.PhenotypeTableReader;
import org.gms.genomics.pgx.recommendation.Guideline;
import org.gms.genomics.pgx.recommendation.GuidelineReader;
import org.gms.genomics.pgx.recommendation.GuidelineSnapshot;

/**
 * The pharmacogenomic knowledge the analysis runs on: allele definitions, function and phenotype
 * tables (CPIC and DPWG) and guideline recommendations. {@link #bundled()} reads the copies shipped
 * in this library (see {@code org/gms/genomics/pgx/SOURCE.txt} for provenance and versions).
 * Definitions and guidelines are read at once (in parallel); a phenotype table when first asked
 * for, as the largest (CYP2D6) is only needed for outside calls. Thread-safe.
 */
public final class PgxKnowledge {

  private static final String ROOT = "/org/gms/genomics/pgx/";
  static final String SNAPSHOT = "definitions/definitions.bin.gz";
  static final String GUIDELINE_SNAPSHOT = "guidelines/guidelines.bin.gz";
  private static final String EXEMPTIONS = "definitions/exemptions.json.gz";
  private static final LoadedOnce<PgxKnowledge> BUNDLED = LoadedOnce.of(PgxKnowledge::readBundled);

  private final Map<String, GeneDefinition> definitions;
  private static volatile boolean precompiled;
  private static volatile boolean guidelinesPrecompiled;
  private final Map<GuidelineSource, Map<String, String>> phenotypeFiles;
  private final Map<String, PhenotypeTable> phenotypes = new ConcurrentHashMap<>();
  private final List<Guideline> guidelines;
  private volatile Map<String, String> cachedVersions;
  private volatile int versionsForTables;

  private PgxKnowledge(
      Map<String, GeneDefinition> definitions,
      Map<GuidelineSource, Map<String, String>> phenotypeFiles,
      List<Guideline> guidelines) {
    this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
    this.phenotypeFiles = new EnumMap<>(GuidelineSource.class);
    phenotypeFiles.forEach((source, files) -> this.phenotypeFiles.put(source, Map.copyOf(files)));
    this.guidelines = List.copyOf(guidelines);
  }

  /** The knowledge shipped with this library, read once. */
  public static PgxKnowledge bundled() {
    return BUNDLED.get();
  }

  /**
   * Whether the bundled definitions were read from the precompiled snapshot (else they were parsed
   * from the JSON files, as the snapshot did not match them).
   */
  static boolean bundledDefinitionsPrecompiled() {
    bundled();
    return precompiled;
  }

  /** Whether the bundled guidelines were read from the precompiled snapshot. */
  static boolean bundledGuidelinesPrecompiled() {
    bundled();
    return guidelinesPrecompiled;
  }

  /** Gene symbol to allele definitions, for every gene with definitions. */
  public Map<String, GeneDefinition> definitions() {
    return definitions;
  }

  /** A source's function and phenotype table for a gene, if it has one. */
  public Optional<PhenotypeTable> phenotypes(GuidelineSource source, String gene) {
    String file = phenotypeFiles.getOrDefault(source, Map.of()).get(gene);
    if (file == null) {
      return Optional.empty();
    }
    return Optional.of(
        phenotypes.computeIfAbsent(file, f -> PhenotypeTableReader.read(open(f), f, source)));
  }

  public List<Guideline> guidelines() {
    return guidelines;
  }

  /** Every gene some definition, phenotype table or guideline names. */
  public List<String> genes() {
    TreeSet<String> genes = new TreeSet<>(definitions.keySet());
    phenotypeFiles.values().forEach(files -> genes.addAll(files.keySet()));
    guidelines.forEach(g -> genes.addAll(g.genes()));
    return List.copyOf(genes);
  }

  /**
   * The data versions, for the record: definitions, guidelines, and the phenotype tables read so
   * far (those an analysis used).
   */
  public Map<String, String> versions() {
    Map<String, String> cached = cachedVersions;
    if (cached != null && versionsForTables == phenotypes.size()) {
      return cached;
    }
    int tables = phenotypes.size();
    Map<String, String> versions = new TreeMap<>();
    versions.put(
        "alleleDefinitions",
        distinct(definitions.values().stream().map(GeneDefinition::version).toList()));
    versions.put(
        "phenotypes",
        distinct(
            phenotypes.values().stream()
                .map(table -> table.source() + " " + table.version())
                .toList()));
    versions.put("guidelines", distinct(guidelines.stream().map(Guideline::version).toList()));
    // In name order: the report's JSON is the same from run to run.
    Map<String, String> computed = Collections.unmodifiableMap(versions);
    this.cachedVersions = computed;
    this.versionsForTables = tables;
    return computed;
  }

  private static String distinct(List<String> values) {
    return String.join(", ", new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
  }

  private static PgxKnowledge readBundled() {
    List<String> files = index();
    Map<String, GeneDefinition> definitions = bundledDefinitions(files);
    List<Guideline> guidelines = bundledGuidelines(files);
    Map<GuidelineSource, Map<String, String>> phenotypeFiles = new EnumMap<>(GuidelineSource.class);
    for (String file : files) {
      if (file.startsWith("phenotypes/")) {
        GuidelineSource source =
            file.startsWith("phenotypes/dpwg/") ? GuidelineSource.DPWG : GuidelineSource.CPIC;
        phenotypeFiles.computeIfAbsent(source, s -> new TreeMap<>()).put(geneOf(file), file);
      }
    }
    return new PgxKnowledge(definitions, phenotypeFiles, guidelines);
  }

  /**
   * The bundled definitions: from the precompiled snapshot ({@value #SNAPSHOT}) when it was made
   * from the bundled JSON files as they are (their digest matches), else parsed from the JSON.
   */
  private static Map<String, GeneDefinition> bundledDefinitions(List<String> files) {
    Optional<DefinitionSnapshot> snapshot =
        precompiledSnapshot(
            SNAPSHOT, DefinitionSnapshot::read, s -> s.madeFrom(definitionDigest(files)));
    if (snapshot.isEmpty()) {
      return parseDefinitions(files);
    }
    precompiled = true;
    return snapshot.get().definitions();
  }

  /** The bundled definitions parsed from their JSON files (exemptions applied). */
  static Map<String, GeneDefinition> parseDefinitions(List<String> files) {
    Map<String, GeneExemption> exemptions =
        AlleleDefinitionReader.readExemptions(open(EXEMPTIONS), "exemptions.json");
    return definitionFiles(files).parallelStream()
        .filter(f -> !f.equals(EXEMPTIONS))
        .map(f -> AlleleDefinitionReader.readGene(open(f), f, exemptions.get(geneOf(f))))
        .collect(Collectors.toMap(GeneDefinition::gene, d -> d));
  }

  /**
   * The bundled guidelines: from the precompiled snapshot ({@value #GUIDELINE_SNAPSHOT}) when it
   * was made from the bundled JSON files as they are, else parsed from the JSON.
   */
  private static List<Guideline> bundledGuidelines(List<String> files) {
    Optional<GuidelineSnapshot> snapshot =
        precompiledSnapshot(
            GUIDELINE_SNAPSHOT, GuidelineSnapshot::read, s -> s.madeFrom(guidelineDigest(files)));
    if (snapshot.isEmpty()) {
      return parseGuidelines(files);
    }
    guidelinesPrecompiled = true;
    return snapshot.get().guidelines();
  }

  /**
   * The precompiled snapshot bundled as {@code resource} (gzipped), when there is one and it is
   * current (made from the bundled JSON files as they are); else empty.
   */
  private static <S> Optional<S> precompiledSnapshot(
      String resource, BiFunction<InputStream, String, S> reader, Predicate<S> current) {
    try (InputStream in = PgxKnowledge.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        return Optional.empty();
      }
      S snapshot = reader.apply(new GZIPInputStream(in, 1 << 16), resource);
      return current.test(snapshot) ? Optional.of(snapshot) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled guidelines parsed from their JSON files, in index order. */
  static List<Guideline> parseGuidelines(List<String> files) {
    return guidelineFiles(files).parallelStream()
        .map(f -> GuidelineReader.read(open(f), f))
        .toList();
  }

  static byte[] guidelineDigest(List<String> files) {
    return digest(guidelineFiles(files));
  }

  private static List<String> guidelineFiles(List<String> files) {
    return files.stream().filter(f -> f.startsWith("guidelines/")).toList();
  }

  /** The SHA-256 of the bundled definition files' bytes (as stored), in index order. */
  static byte[] definitionDigest(List<String> files) {
    return digest(definitionFiles(files));
  }

  /** The SHA-256 of bundled files' names and bytes (as stored), in the given order. */
  private static byte[] digest(List<String> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String file : files) {
        try (InputStream in = PgxKnowledge.class.getResourceAsStream(ROOT + file)) {
          if (in == null) {
            throw new GenomicsException("Bundled pharmacogenomics file " + file + " is missing");
          }
          digest.update(file.getBytes(StandardCharsets.UTF_8));
          digest.update(in.readAllBytes());
        }
      }
      return digest.digest();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The definition files of the index: every gene's and the exemptions. */
  private static List<String> definitionFiles(List<String> files) {
    return files.stream()
        .filter(f -> f.startsWith("definitions/"))
        .filter(f -> f.endsWith("_translation.json.gz") || f.equals(EXEMPTIONS))
        .toList();
  }

  /**
   * Writes the precompiled definitions for the bundled JSON files to a file (the snapshot resource
   * of the source tree); {@code PgxSnapshotTest} says when to.
   */
  static void writeSnapshot(java.nio.file.Path target) throws IOException {
    List<String> files = index();
    try (var out =
        new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(target))) {
      DefinitionSnapshot.of(definitionDigest(files), parseDefinitions(files).values()).write(out);
    }
  }

  /** As {@link #writeSnapshot}, for the guidelines. */
  static void writeGuidelineSnapshot(java.nio.file.Path target) throws IOException {
    List<String> files = index();
    try (var out =
        new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(target))) {
      new GuidelineSnapshot(guidelineDigest(files), parseGuidelines(files)).write(out);
    }
  }

  static List<String> bundledIndex() {
    return index();
  }

  /**
   * {@code definitions/CYP2C19_translation.json.gz} and {@code phenotypes/cpic/MT_RNR1.json.gz}
   * name CYP2C19 and MT-RNR1.
   */
  private static String geneOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int end = name.contains("_translation") ? name.indexOf("_translation") : name.indexOf('.');
    return name.substring(0, end).replace('_', '-');
  }

  private static List<String> index() {
    try (InputStream in = PgxKnowledge.class.getResourceAsStream(ROOT + "index.txt")) {
      if (in == null) {
        throw new GenomicsException(
            "The bundled pharmacogenomics data is missing from the class path ("
                + ROOT
                + "index.txt); rebuild gms-genomics");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = PgxKnowledge.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new GenomicsException("Bundled pharmacogenomics file " + file + " is missing");
    }
    try {
      return new GZIPInputStream(in, 1 << 16);
    } catch (IOException e) {
      throw new GenomicsException("Bundled pharmacogenomics file " + file + " is corrupt", e);
    }
  }
}
