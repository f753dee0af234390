package org.gms.genomics.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gms.genomics.GenomicsException;

/**
 * The loaded phenotype knowledge: one HPO release and one set of disease and gene annotations on
 * it. Immutable and safe to share; load it once and build prioritisers on it.
 *
 * <p>Where the annotations come from: {@code genes_to_phenotype.txt} always gives the gene to
 * disease links, and the disease annotations too, unless a {@code phenotype.hpoa} is given, which
 * then provides them (with their frequencies, names and NOT annotations) for every disease it has.
 * The product ships HPO 2026-02-16 ({@code hp.obo} and {@code genes_to_phenotype.txt}) on the class
 * path; see {@link #bundled()}.
 */
public final class PhenotypeKnowledge {

  private static final String BUNDLED_OBO = "hp.obo.gz";
  private static final String BUNDLED_GENES = "genes_to_phenotype.txt.gz";

  /**
   * Disease names (id and name columns of phenotype.hpoa 2023-01-27): genes_to_phenotype.txt has no
   * names, and a clinician reads "Intellectual developmental disorder with dysmorphic facies", not
   * OMIM:618089. Diseases described later keep their id only.
   */
  private static final String BUNDLED_NAMES = "disease-names.2023-01-27.tsv.gz";

  private final HpoOntology ontology;
  private final List<String> provenance;
  private final DiseaseId[] diseaseIds;
  private final String[] diseaseNames;
  private final int[][] diseaseTerms;
  private final double[][] diseaseFrequencies;
  private final int[][] diseaseExcluded;
  private final List<Gene> genes;
  private final int[][] geneDiseases;
  private final Map<DiseaseId, Integer> diseaseIndex;
  private final Map<String, Gene> genesBySymbol;
  private final Map<Integer, Gene> genesByNcbiId;

  private PhenotypeKnowledge(
      HpoOntology ontology,
      AnnotationCollector fromGenes,
      AnnotationCollector fromHpoa,
      Map<String, String> names,
      List<String> provenance) {
    this.ontology = ontology;
    this.provenance = List.copyOf(provenance);
    Map<DiseaseId, AnnotationCollector.DiseaseEntry> entries = new LinkedHashMap<>();
    entries.putAll(fromGenes.diseases());
    if (fromHpoa != null) {
      fromHpoa
          .diseases()
          .forEach((id, entry) -> entries.merge(id, entry, PhenotypeKnowledge::pick));
    }
    int count = entries.size();
    diseaseIds = new DiseaseId[count];
    diseaseNames = new String[count];
    diseaseTerms = new int[count][];
    diseaseFrequencies = new double[count][];
    diseaseExcluded = new int[count][];
    diseaseIndex = new HashMap<>();
    int d = 0;
    for (Map.Entry<DiseaseId, AnnotationCollector.DiseaseEntry> e : entries.entrySet()) {
      AnnotationCollector.DiseaseEntry entry = e.getValue();
      diseaseIds[d] = e.getKey();
      diseaseNames[d] =
          entry.name == null || entry.name.isBlank()
              ? names.get(e.getKey().toString())
              : entry.name;
      List<Integer> terms = new ArrayList<>(entry.frequencies.keySet());
      Collections.sort(terms);
      diseaseTerms[d] = terms.stream().mapToInt(Integer::intValue).toArray();
      diseaseFrequencies[d] = terms.stream().mapToDouble(entry.frequencies::get).toArray();
      diseaseExcluded[d] = entry.excluded.stream().mapToInt(Integer::intValue).sorted().toArray();
      diseaseIndex.put(e.getKey(), d);
      d++;
    }
    List<Gene> annotated = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    for (Map.Entry<Gene, Set<DiseaseId>> e : fromGenes.geneDiseases().entrySet()) {
      int[] diseases =
          e.getValue().stream().mapToInt(diseaseIndex::get).filter(i -> hasTerms(i)).toArray();
      if (diseases.length > 0) {
        annotated.add(e.getKey());
        links.add(diseases);
      }
    }
    genes = List.copyOf(annotated);
    geneDiseases = links.toArray(int[][]::new);
    genesBySymbol = new HashMap<>();
    genesByNcbiId = new HashMap<>();
    for (Gene gene : genes) {
      genesBySymbol.putIfAbsent(gene.symbol(), gene);
      genesByNcbiId.putIfAbsent(gene.ncbiGeneId(), gene);
    }
  }

  /** An hpoa entry wins when it has positive annotations; otherwise genes_to_phenotype's. */
  private static AnnotationCollector.DiseaseEntry pick(
      AnnotationCollector.DiseaseEntry fromGenes, AnnotationCollector.DiseaseEntry fromHpoa) {
    return fromHpoa.frequencies.isEmpty() ? fromGenes : fromHpoa;
  }

  private boolean hasTerms(int disease) {
    return diseaseTerms[disease].length > 0;
  }

  /**
   * HPO 2026-02-16 as shipped with the product: hp.obo and the current genes_to_phenotype.txt,
   * loaded once (about 2 s) and shared; the knowledge is immutable.
   */
  public static PhenotypeKnowledge bundled() {
    return Bundled.KNOWLEDGE;
  }

  /** Loads the bundled files on first use. */
  private static final class Bundled {
    static final PhenotypeKnowledge KNOWLEDGE = builder().load();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Chooses the files to load; any file not given is the bundled one. */
  public static final class Builder {
    private Path obo;
    private Path genesToPhenotype;
    private Path hpoa;

    private Builder() {}

    public Builder obo(Path file) {
      this.obo = file;
      return this;
    }

    public Builder genesToPhenotype(Path file) {
      this.genesToPhenotype = file;
      return this;
    }

    /** Optional; without it the disease annotations come from genes_to_phenotype. */
    public Builder hpoa(Path file) {
      this.hpoa = file;
      return this;
    }

    public PhenotypeKnowledge load() {
      List<String> provenance = new ArrayList<>();
      HpoOntology ontology =
          obo == null
              ? HpoOntology.read(bundled(BUNDLED_OBO), "bundled " + BUNDLED_OBO)
              : HpoOntology.read(obo);
      provenance.add(
          String.format(
              "%s: HPO %s, %,d current terms",
              obo == null ? "bundled " + BUNDLED_OBO : obo, ontology.version(), ontology.size()));
      AnnotationCollector genes = new AnnotationCollector(ontology);
      String genesName =
          genesToPhenotype == null ? "bundled " + BUNDLED_GENES : genesToPhenotype.toString();
      try (BufferedReader reader =
          genesToPhenotype == null
              ? TextInput.open(bundled(BUNDLED_GENES))
              : TextInput.open(genesToPhenotype)) {
        new GenesToPhenotypeReader(genesName).read(reader, genes);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + genesName, e);
      }
      provenance.add(genes.summary(genesName));
      AnnotationCollector diseases = null;
      if (hpoa != null) {
        diseases = new AnnotationCollector(ontology);
        HpoaReader reader = new HpoaReader(hpoa.toString());
        try (BufferedReader in = TextInput.open(hpoa)) {
          reader.read(in, diseases);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + hpoa, e);
        }
        provenance.add(diseases.summary(hpoa + " (dated " + reader.date() + ")"));
      }
      return new PhenotypeKnowledge(ontology, genes, diseases, names(), provenance);
    }

    /** The bundled disease names, by disease id. */
    private static Map<String, String> names() {
      Map<String, String> names = new HashMap<>();
      try (BufferedReader reader = TextInput.open(bundled(BUNDLED_NAMES))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            names.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled " + BUNDLED_NAMES, e);
      }
      return names;
    }

    private static InputStream bundled(String name) {
      InputStream in = PhenotypeKnowledge.class.getResourceAsStream(name);
      if (in == null) {
        throw new GenomicsException(
            "The bundled HPO file "
                + name
                + " is missing from the class path; rebuild, or pass the files explicitly");
      }
      return in;
    }
  }

  public HpoOntology ontology() {
    return ontology;
  }

  /** What was loaded from where, with counts of mapped and dropped ids: one line per source. */
  public List<String> provenance() {
    return provenance;
  }

  /** Genes with at least one disease that has phenotype annotations: the genes a ranking covers. */
  public List<Gene> genes() {
    return genes;
  }

  /** An annotated gene by its symbol as the annotation file spells it. */
  public Optional<Gene> gene(String symbol) {
    return Optional.ofNullable(genesBySymbol.get(symbol));
  }

  /** An annotated gene by its NCBI Gene id (stable when symbols change). */
  public Optional<Gene> geneByNcbiId(int ncbiGeneId) {
    return Optional.ofNullable(genesByNcbiId.get(ncbiGeneId));
  }

  /**
   * Every gene-disease link of the annotations, by gene: the diseases with phenotype annotations
   * each annotated gene is linked to (a new map on each call).
   */
  public Map<Gene, Set<DiseaseId>> geneDiseaseLinks() {
    Map<Gene, Set<DiseaseId>> links = new LinkedHashMap<>();
    for (int g = 0; g < genes.size(); g++) {
      Set<DiseaseId> diseases = new LinkedHashSet<>();
      for (int d : geneDiseases[g]) {
        diseases.add(diseaseIds[d]);
      }
      links.put(genes.get(g), diseases);
    }
    return links;
  }

  public int diseaseCount() {
    return diseaseIds.length;
  }

  /** The disease's name from phenotype.hpoa, or empty when only genes_to_phenotype was loaded. */
  public Optional<String> diseaseName(DiseaseId disease) {
    Integer index = diseaseIndex.get(disease);
    return Optional.ofNullable(index == null ? null : diseaseNames[index]);
  }

  // ---- dense tables for the prioritisers ----

  DiseaseId diseaseIdAt(int disease) {
    return diseaseIds[disease];
  }

  String diseaseNameAt(int disease) {
    return diseaseNames[disease];
  }

  /** Term indexes annotated to the disease, ascending; callers must not modify. */
  int[] termsOf(int disease) {
    return diseaseTerms[disease];
  }

  /** Frequencies parallel to {@link #termsOf}; NaN where the source gives none. */
  double[] frequenciesOf(int disease) {
    return diseaseFrequencies[disease];
  }

  /** Term indexes the disease is annotated NOT to have. */
  int[] excludedOf(int disease) {
    return diseaseExcluded[disease];
  }

  /** Disease indexes linked to the gene at this index of {@link #genes()}. */
  int[] diseasesOfGene(int gene) {
    return geneDiseases[gene];
  }
}
