package org.gms.genomics.pgx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.pgx.definition.DefinedPosition;
import org.gms.genomics.pgx.definition.GeneDefinition;
import org.gms.genomics.pgx.diplotype.CallStatus;
import org.gms.genomics.pgx.diplotype.Diplotype;
import org.gms.genomics.pgx.diplotype.GeneCall;
import org.gms.genomics.pgx.diplotype.GeneCaller;
import org.gms.genomics.pgx.diplotype.OutsideCall;
import org.gms.genomics.pgx.genotype.SampleGenotypes;
import org.gms.genomics.pgx.phenotype.GenePhenotyper;
import org.gms.genomics.pgx.phenotype.GuidelineSource;
import org.gms.genomics.pgx.phenotype.PhenotypeCall;
import org.gms.genomics.pgx.phenotype.PhenotypeTable;
import org.gms.genomics.pgx.recommendation.GeneLookup;
import org.gms.genomics.pgx.recommendation.Guideline;
import org.gms.genomics.pgx.recommendation.GuidelineRecommendation;
import org.gms.genomics.pgx.recommendation.RecommendationFinder;

/**
 * Runs the whole analysis for one sample: calls every gene that can be called from a VCF, takes
 * outside calls for the rest, translates diplotypes into phenotypes (CPIC and DPWG tables) and
 * finds the recommendations that apply. Built once, then thread-safe.
 *
 * <p>CYP2D6 is not called from VCF: its alleles include whole-gene deletions, duplications and
 * CYP2D6/CYP2D7 hybrids that a VCF of small variants does not show (the reference tool does the
 * same). HLA genes and MT-RNR1 have no VCF allele definitions. These genes need an outside call.
 */
public final class PgxAnalyser {

  private static final Map<String, String> OUTSIDE_ONLY =
      Map.of(
          "CYP2D6",
          "CYP2D6 alleles include gene deletions, duplications and CYP2D6/CYP2D7 hybrids that a"
              + " VCF of small variants does not show; give a call from a CYP2D6-specific caller"
              + " as an outside call");
  private static final String NO_DEFINITIONS =
      " has no VCF allele definitions; give it as an outside call";
  private static final String HLA_TYPING = " (from HLA typing)";
  private static final String DPYD = "DPYD";

  /**
   * Genes defined variant by variant, called by CPIC's lowest-function rule (DPYD: CPIC, PMID
   * 29152729; RYR1's definitions are single variants too). RYR1 has no function table in the
   * bundled data, so its variants rank equally and are taken in the definitions' order.
   */
  private static final Set<String> VARIANT_BY_VARIANT = Set.of(DPYD, "RYR1");

  /**
   * Genes where an allele no definition uses at a defined position is read as reference (noted)
   * rather than stopping the call, as the reference tool does by default: their definitions list
   * known function-changing variants of a gene in which other, undocumented variation is common
   * and, absent evidence, presumed normal.
   */
  private static final Set<String> UNDOCUMENTED_AS_REFERENCE = Set.of(DPYD, "RYR1", "TPMT");

  private final PgxKnowledge knowledge;
  private final Map<String, GeneCaller> callers = new TreeMap<>();
  private final Map<String, Map<GuidelineSource, GenePhenotyper>> phenotypers =
      new ConcurrentHashMap<>();
  private final Set<String> genes;
  private final RecommendationFinder finder;
  private final List<DefinedPosition> positions = new ArrayList<>();

  public PgxAnalyser(PgxKnowledge knowledge) {
    this.knowledge = knowledge;
    for (GeneDefinition definition : knowledge.definitions().values()) {
      String gene = definition.gene();
      if (OUTSIDE_ONLY.containsKey(gene)) {
        continue;
      }
      boolean asReference = UNDOCUMENTED_AS_REFERENCE.contains(gene);
      callers.put(
          gene,
          VARIANT_BY_VARIANT.contains(gene)
              ? GeneCaller.lowestFunction(definition, activityValues(gene), asReference)
              : GeneCaller.namedAlleles(definition, asReference));
      positions.addAll(definition.positions());
    }
    finder = new RecommendationFinder(knowledge.guidelines());
    genes = new LinkedHashSet<>(knowledge.genes());
  }

  private Map<String, Double> activityValues(String gene) {
    Map<String, Double> values =
        knowledge
            .phenotypes(GuidelineSource.CPIC, gene)
            .map(PhenotypeTable::activityValues)
            .orElse(Map.of());
    if (gene.equals(DPYD) && values.isEmpty()) {
      throw new GenomicsException("DPYD needs its CPIC activity values");
    }
    return values;
  }

  /** A gene's phenotypers by source, made when first needed (tables are read lazily). */
  private Map<GuidelineSource, GenePhenotyper> phenotypers(String gene) {
    return phenotypers.computeIfAbsent(
        gene,
        g -> {
          Map<GuidelineSource, GenePhenotyper> bySource = new EnumMap<>(GuidelineSource.class);
          for (GuidelineSource source : GuidelineSource.values()) {
            knowledge
                .phenotypes(source, g)
                .ifPresentOrElse(
                    table -> bySource.put(source, GenePhenotyper.table(table)),
                    () -> {
                      if (g.startsWith("HLA-")) {
                        bySource.put(
                            source, GenePhenotyper.carrierStatus(source, guidelineKeys(source, g)));
                      }
                    });
          }
          return bySource;
        });
  }

  /** An analyser on the bundled knowledge. */
  public static PgxAnalyser bundled() {
    return new PgxAnalyser(PgxKnowledge.bundled());
  }

  public PgxKnowledge knowledge() {
    return knowledge;
  }

  /** The positions to read from a VCF: every defined position of every gene called from VCF. */
  public List<DefinedPosition> positions() {
    return List.copyOf(positions);
  }

  /** The genes called from VCF. */
  public Set<String> vcfGenes() {
    return callers.keySet();
  }

  /** Only the diplotype calls from the sample's genotypes, for every gene called from VCF. */
  public List<GeneCall> callGenes(SampleGenotypes sample) {
    List<GeneCall> calls = new ArrayList<>(callers.size());
    callers.values().forEach(caller -> calls.add(caller.call(sample)));
    return calls;
  }

  /**
   * Analyses one sample.
   *
   * @param outsideCalls diplotypes called elsewhere; they replace VCF calls of the same gene
   * @param input where the genotypes came from, for the record (may be null)
   * @param inputWarnings what was odd about the input, passed on to the report
   */
  public PgxReport analyse(
      SampleGenotypes sample,
      List<OutsideCall> outsideCalls,
      String input,
      List<String> inputWarnings) {
    Map<String, OutsideCall> outside = new HashMap<>();
    for (OutsideCall call : outsideCalls) {
      if (!genes.contains(call.gene())) {
        throw new GenomicsException(
            "Outside call for unknown gene "
                + call.gene()
                + "; the genes are "
                + String.join(", ", knowledge.genes()));
      }
      outside.put(call.gene(), call);
    }
    List<String> messages = new ArrayList<>(inputWarnings);
    List<GeneReport> reports = new ArrayList<>();
    Map<GuidelineSource, Map<String, List<GeneLookup>>> readings =
        new EnumMap<>(GuidelineSource.class);
    for (String gene : genes) {
      GeneReport report = report(gene, sample, outside.get(gene));
      reports.add(report);
      addReadings(report, readings, messages);
    }
    return new PgxReport(
        sample.sampleId(), input, knowledge.versions(), reports, finder.find(readings), messages);
  }

  private GeneReport report(String gene, SampleGenotypes sample, OutsideCall outside) {
    List<String> notes = new ArrayList<>();
    GeneCall call;
    if (outside != null) {
      call = outside.toGeneCall();
      if (callers.containsKey(gene)) {
        notes.add("The outside call replaces the call from the VCF");
      }
    } else if (callers.containsKey(gene)) {
      call = callers.get(gene).call(sample);
    } else {
      call =
          GeneCall.notCalled(
              gene,
              CallStatus.OUTSIDE_CALL_REQUIRED,
              OUTSIDE_ONLY.getOrDefault(
                  gene, gene + NO_DEFINITIONS + (gene.startsWith("HLA-") ? HLA_TYPING : "")),
              List.of());
    }
    Map<GuidelineSource, GenePhenotyper> bySource = phenotypers(gene);
    if (bySource.isEmpty()) {
      notes.add("No CPIC or DPWG phenotype table for " + gene + "; no phenotype is assigned");
    }
    List<GeneReport.Interpretation> interpretations = new ArrayList<>();
    for (Diplotype diplotype : call.diplotypes()) {
      PhenotypeCall cpic = translate(bySource.get(GuidelineSource.CPIC), diplotype);
      PhenotypeCall dpwg = translate(bySource.get(GuidelineSource.DPWG), diplotype);
      if (dpwg != null && !dpwg.known() && cpic != null && cpic.phenotype() != null) {
        dpwg = cpicTermsForDpwg(cpic);
        notes.add(
            "The DPWG table has no row for "
                + diplotype.name()
                + "; its CPIC phenotype is used for DPWG recommendations, as ClinPGx maps DPWG"
                + " terms to CPIC terms");
      }
      interpretations.add(new GeneReport.Interpretation(diplotype, cpic, dpwg));
    }
    return new GeneReport(call, interpretations, notes);
  }

  private static PhenotypeCall translate(GenePhenotyper phenotyper, Diplotype diplotype) {
    return phenotyper == null ? null : phenotyper.translate(diplotype);
  }

  /** DPWG names phenotypes as CPIC does; a DPWG lookup by the CPIC phenotype. */
  private static PhenotypeCall cpicTermsForDpwg(PhenotypeCall cpic) {
    return new PhenotypeCall(
        GuidelineSource.DPWG,
        cpic.alleles(),
        cpic.alleleCounts(),
        cpic.phenotype(),
        cpic.activityScore(),
        List.of(cpic.phenotype()));
  }

  private static void addReadings(
      GeneReport report,
      Map<GuidelineSource, Map<String, List<GeneLookup>>> readings,
      List<String> messages) {
    for (GeneReport.Interpretation interpretation : report.interpretations()) {
      for (GuidelineSource source : GuidelineSource.values()) {
        PhenotypeCall translation =
            source == GuidelineSource.CPIC ? interpretation.cpic() : interpretation.dpwg();
        if (translation == null) {
          // Called, but the source has no table: not "No Result", just no phenotype.
          readings
              .computeIfAbsent(source, s -> new TreeMap<>())
              .computeIfAbsent(report.gene(), g -> new ArrayList<>())
              .add(
                  new GeneLookup(
                      report.gene(), interpretation.diplotype().name(), List.of(), Map.of()));
        }
      }
      List<PhenotypeCall> translations =
          Stream.of(interpretation.cpic(), interpretation.dpwg()).filter(Objects::nonNull).toList();
      for (PhenotypeCall translation : translations) {
        if (!translation.known()) {
          messages.add(
              report.gene()
                  + " "
                  + interpretation.diplotype().name()
                  + ": no "
                  + translation.source()
                  + " phenotype (an allele has no assigned function or the diplotype is not in"
                  + " the table); only genotype-specific "
                  + translation.source()
                  + " recommendations can apply");
        }
        readings
            .computeIfAbsent(translation.source(), s -> new TreeMap<>())
            .computeIfAbsent(report.gene(), g -> new ArrayList<>())
            .add(
                new GeneLookup(
                    report.gene(),
                    interpretation.diplotype().name(),
                    translation.lookupKeys(),
                    translation.alleleCounts()));
      }
    }
  }

  private Set<String> guidelineKeys(GuidelineSource source, String gene) {
    Set<String> keys = new LinkedHashSet<>();
    for (Guideline guideline : knowledge.guidelines()) {
      if (guideline.source() == source) {
        for (GuidelineRecommendation rec : guideline.recommendations()) {
          String key = rec.phenotypeKeys().get(gene);
          if (key != null) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }
}
