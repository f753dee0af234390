package org.gms.genomics.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.gms.genomics.GenomicsException;
import org.gms.genomics.annotation.Annotator;
import org.gms.genomics.annotation.VariantAnnotation;
import org.gms.genomics.interpretation.CandidateVariant;
import org.gms.genomics.interpretation.GeneScope;
import org.gms.genomics.interpretation.InterpretationResult;
import org.gms.genomics.interpretation.RareDiseaseInterpreter;
import org.gms.genomics.interpretation.acmg.KnownPathogenicVariant;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.interpretation.inheritance.FamilyVariant;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.genomics.interpretation.pedigree.PedigreeChecks;
import org.gms.genomics.interpretation.pedigree.PedigreeException;
import org.gms.genomics.interpretation.pedigree.PedigreeIssue;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.interpretation.pedigree.PedigreeReport;
import org.gms.genomics.interpretation.pedigree.Sex;
import org.gms.genomics.interpretation.pedigree.SexCheckThresholds;
import org.gms.genomics.interpretation.pedigree.SexGenotypeCheck;
import org.gms.genomics.reference.GenomeBuild;
import org.gms.genomics.reference.ReferenceGenome;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.RecordAllele;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VariantNormaliser;
import org.gms.genomics.variant.VcfReadOptions;
import org.gms.genomics.variant.VcfReader;
import org.gms.genomics.variant.VcfRecord;

/**
 * One family's rare-disease analysis, from VCF to ranked candidates. Only alleles that a sequenced
 * family member carries are annotated: the others cannot explain the proband's disease, and
 * skipping them keeps a whole genome cheap.
 */
public final class FamilyAnalysis {

  private final Annotator annotator;
  private final GenomeBuild build;
  private final ReferenceGenome genome;
  private final VariantNormaliser normaliser;
  private final Optional<Pedigree> pedigree;
  private final Optional<String> familyId;
  private final GeneScope scope;
  private final Optional<PhenotypeMatching> phenotype;
  private final RareDiseaseInterpreter interpreter;
  private final boolean lenient;
  private final LongConsumer progress;
  private final Optional<Path> clinvar;

  private FamilyAnalysis(Builder builder) {
    this.annotator = builder.annotator;
    this.build = builder.build;
    this.genome = builder.genome;
    this.normaliser = VariantNormaliser.using(builder.genome);
    this.pedigree = Optional.ofNullable(builder.pedigree);
    this.familyId = Optional.ofNullable(builder.familyId);
    this.scope = builder.scope;
    this.phenotype = Optional.ofNullable(builder.phenotype);
    this.interpreter = builder.interpreter;
    this.lenient = builder.lenient;
    this.progress = builder.progress;
    this.clinvar = Optional.ofNullable(builder.clinvar);
  }

  public static Builder builder(Annotator annotator, GenomeBuild build, GeneScope scope) {
    return new Builder(annotator, build, scope);
  }

  /**
   * Runs the analysis on one VCF.
   *
   * @throws PedigreeException when the pedigree does not fit the VCF (names, sex, no proband)
   * @throws org.gms.genomics.variant.VcfFormatException for a malformed VCF (unless lenient)
   */
  public AnalysisReport run(Path vcf) {
    VcfReadOptions options =
        VcfReadOptions.defaults().withBuild(build).withReference(genome).withLenient(lenient);
    Map<String, List<KnownPathogenicVariant>> known =
        clinvar.map(file -> ClinvarMissense.read(file, annotator, build, scope)).orElse(Map.of());
    try (VcfReader reader = VcfReader.open(vcf, options)) {
      String vcfName = vcf.getFileName().toString();
      List<String> samples = reader.header().samples();
      Pedigree family = pedigree.orElseGet(() -> singleton(samples, vcfName));
      PedigreeReport checks =
          PedigreeChecks.consistency(family)
              .and(PedigreeChecks.againstSamples(family, samples, vcfName));
      checks.requireNoErrors();
      Family analysed = chooseFamily(family, samples);
      List<String> sequenced =
          analysed.members().stream()
              .map(PedigreeMember::id)
              .filter(analysed.sequenced()::contains)
              .toList();
      int[] columns = sequenced.stream().mapToInt(reader.header()::sampleIndex).toArray();
      SexGenotypeCheck sexCheck = new SexGenotypeCheck(build, sequenced);
      Counts counts = new Counts();
      List<CandidateVariant> collected = new ArrayList<>();
      PhasedAlleles phased = new PhasedAlleles(analysed.proband().id());
      for (VcfRecord record : reader) {
        counts.records++;
        if ((counts.records & 0x3FFF) == 0) {
          progress.accept(counts.records);
        }
        List<Genotype> genotypes = new ArrayList<>(columns.length);
        for (int column : columns) {
          genotypes.add(record.genotype(column));
        }
        sexCheck.add(record.contig(), record.position(), genotypes);
        for (RecordAllele allele : record.alleles()) {
          counts.alleles++;
          if (allele.variant().isEmpty() || !carried(genotypes, allele.index())) {
            continue;
          }
          counts.carried++;
          SequenceVariant query = query(allele.variant().get());
          String id = ".".equals(record.id()) ? null : record.id();
          VariantAnnotation annotation = annotator.annotate(query, id);
          FamilyVariant calls = FamilyVariant.fromVcf(record, allele.index(), build, family);
          List<CandidateVariant> forAllele =
              AlleleCandidates.of(record, allele, annotation, calls, known);
          if (forAllele.isEmpty()) {
            counts.outsideGenes++;
          }
          phased.add(query, allele.variant().get(), calls, collected.size(), forAllele.size());
          collected.addAll(forAllele);
        }
      }
      progress.accept(counts.records);
      List<CandidateVariant> candidates = phased.withJointEffects(annotator, collected);
      PedigreeReport sex = sexCheck.check(family, SexCheckThresholds.defaults());
      sex.requireNoErrors();
      Optional<PhenotypeMatching.Result> matched = phenotype.map(p -> p.match(candidates));
      InterpretationResult result =
          interpreter.interpret(
              analysed,
              candidates,
              scope,
              matched
                  .map(PhenotypeMatching.Result::scores)
                  .orElse(org.gms.genomics.interpretation.PhenotypeScores.none()));
      List<String> warnings = new ArrayList<>();
      checks.and(sex).warnings().stream().map(PedigreeIssue::message).forEach(warnings::add);
      if (reader.summary().recordsSkipped() > 0) {
        warnings.add("skipped: " + reader.summary().describe());
      }
      reader.summary().headerWarnings().forEach(warnings::add);
      return new AnalysisReport(
          vcfName,
          build,
          analysed,
          warnings,
          new AnalysisReport.Counts(
              counts.records,
              counts.alleles,
              counts.carried,
              candidates.size(),
              counts.outsideGenes),
          matched,
          result);
    }
  }

  /** The allele to annotate: left-aligned (in VCF form) where the reference covers it. */
  private SequenceVariant query(SequenceVariant original) {
    boolean covered =
        genome.covers(
            original.contig(),
            Math.max(1, original.position() - 1),
            original.position() + Math.max(0, original.ref().length() - 1));
    SequenceVariant query = original;
    if (covered) {
      SequenceVariant normalised = normaliser.normalise(original).variant();
      if (!normalised.equals(original)) {
        query = normaliser.padded(normalised).orElse(original);
      }
    }
    return query;
  }

  private static boolean carried(List<Genotype> genotypes, int allele) {
    for (Genotype genotype : genotypes) {
      if (genotype.copiesOf(allele) > 0) {
        return true;
      }
    }
    return false;
  }

  private static Pedigree singleton(List<String> samples, String vcfName) {
    if (samples.size() != 1) {
      throw new PedigreeException(
          vcfName
              + " has "
              + samples.size()
              + " samples ("
              + String.join(", ", samples)
              + "); give a PED file that says who is who");
    }
    return Pedigree.singleton(samples.get(0), Sex.UNKNOWN);
  }

  /** The family to analyse: the one asked for, or the only one with a sequenced proband. */
  private Family chooseFamily(Pedigree family, List<String> samples) {
    Map<String, List<String>> sequencedByFamily = new LinkedHashMap<>();
    for (String id : family.familyIds()) {
      List<String> sequenced =
          family.family(id).stream().map(PedigreeMember::id).filter(samples::contains).toList();
      boolean affectedSequenced =
          family.family(id).stream().anyMatch(m -> m.isAffected() && samples.contains(m.id()));
      if (affectedSequenced) {
        sequencedByFamily.put(id, sequenced);
      }
    }
    if (familyId.isPresent()) {
      if (!family.familyIds().contains(familyId.get())) {
        throw new PedigreeException(
            family.source()
                + " has no family "
                + familyId.get()
                + "; families: "
                + String.join(", ", family.familyIds()));
      }
      List<String> sequenced =
          family.family(familyId.get()).stream()
              .map(PedigreeMember::id)
              .filter(samples::contains)
              .toList();
      return Family.of(family, familyId.get(), sequenced);
    }
    if (sequencedByFamily.size() != 1) {
      throw new GenomicsException(
          family.source()
              + (sequencedByFamily.isEmpty()
                  ? " has no family with a sequenced affected member"
                  : " has several families with a sequenced affected member ("
                      + String.join(", ", sequencedByFamily.keySet())
                      + "); choose one"));
    }
    var only = sequencedByFamily.entrySet().iterator().next();
    return Family.of(family, only.getKey(), only.getValue());
  }

  private static final class Counts {
    long records;
    long alleles;
    long carried;
    long outsideGenes;
  }

  /** Settings of an analysis; the annotator, build and gene scope are required. */
  public static final class Builder {
    private final Annotator annotator;
    private final GenomeBuild build;
    private final GeneScope scope;
    private ReferenceGenome genome = ReferenceGenome.none();
    private Pedigree pedigree;
    private String familyId;
    private PhenotypeMatching phenotype;
    private RareDiseaseInterpreter interpreter = RareDiseaseInterpreter.withDefaults();
    private boolean lenient;
    private LongConsumer progress = records -> {};
    private Path clinvar;

    private Builder(Annotator annotator, GenomeBuild build, GeneScope scope) {
      if (annotator == null || build == null || scope == null) {
        throw new IllegalArgumentException("An analysis needs an annotator, a build and a scope");
      }
      this.annotator = annotator;
      this.build = build;
      this.scope = scope;
    }

    /** The reference the annotator uses, for left-normalising alleles before annotation. */
    public Builder reference(ReferenceGenome genome) {
      this.genome = genome;
      return this;
    }

    /** The family; without one the VCF must have exactly one sample, taken as the proband. */
    public Builder pedigree(Pedigree pedigree) {
      this.pedigree = pedigree;
      return this;
    }

    /** Which family of the pedigree to analyse, when it holds several. */
    public Builder family(String familyId) {
      this.familyId = familyId;
      return this;
    }

    /** The proband's phenotype, to rank genes by how well their diseases match it. */
    public Builder phenotype(PhenotypeMatching phenotype) {
      this.phenotype = phenotype;
      return this;
    }

    public Builder interpreter(RareDiseaseInterpreter interpreter) {
      this.interpreter = interpreter;
      return this;
    }

    /** Skip malformed VCF records (reported as warnings) instead of stopping. */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** Told the number of records read so far, now and then and at the end. */
    public Builder progress(LongConsumer progress) {
      this.progress = progress;
      return this;
    }

    /**
     * ClinVar's VCF release: its reviewed pathogenic missense changes in the scope's genes are the
     * known variants for PS1 and PM5.
     */
    public Builder clinvar(Path clinvarVcf) {
      this.clinvar = clinvarVcf;
      return this;
    }

    public FamilyAnalysis build() {
      return new FamilyAnalysis(this);
    }
  }
}
