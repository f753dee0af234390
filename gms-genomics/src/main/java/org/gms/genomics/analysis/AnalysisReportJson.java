package org.gms.genomics.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.gms.genomics.interpretation.Candidate;
import org.gms.genomics.interpretation.CandidateVariant;
import org.gms.genomics.interpretation.ClassifiedVariant;
import org.gms.genomics.interpretation.FilterStep;
import org.gms.genomics.interpretation.InterpretationResult;
import org.gms.genomics.interpretation.RankedCandidate;
import org.gms.genomics.interpretation.acmg.Classification;
import org.gms.genomics.interpretation.acmg.Evidence;
import org.gms.genomics.interpretation.acmg.HaplotypeEffect;
import org.gms.genomics.interpretation.inheritance.SampleCall;
import org.gms.genomics.interpretation.pedigree.PedigreeMember;
import org.gms.genomics.phenotype.DiseaseMatch;
import org.gms.genomics.phenotype.GeneMatch;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.TermMatch;
import org.gms.genomics.variant.Genotype;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The analysis as JSON: inputs and checks, the filter funnel, the phenotype ranking, and the ranked
 * candidates with genotypes, consequence, HGVS, ACMG evidence and the phenotype match term by term.
 * The layout is described in {@code docs/interpretation.md}.
 */
public final class AnalysisReportJson {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Genes of the phenotype ranking listed on their own, whatever the variants. */
  static final int TOP_PHENOTYPE_GENES = 20;

  private AnalysisReportJson() {}

  /** Writes the report, with at most {@code maxCandidates} candidates (the best). */
  public static void write(AnalysisReport report, int maxCandidates, OutputStream out) {
    try {
      JSON.writeValue(out, toJson(report, maxCandidates));
    } catch (tools.jackson.core.JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  public static ObjectNode toJson(AnalysisReport report, int maxCandidates) {
    InterpretationResult result = report.interpretation();
    ObjectNode root = JSON.createObjectNode();
    root.put("vcf", report.vcf());
    root.put("build", report.build().name());
    root.put("scope", result.scope());
    root.put("guideline", result.guideline());
    root.put("proband", result.proband());
    ArrayNode family = root.putArray("family");
    for (PedigreeMember member : report.family().members()) {
      ObjectNode node = family.addObject();
      node.put("id", member.id());
      node.put("sex", member.sex().name());
      node.put("status", member.status().name());
      node.put("sequenced", report.family().sequenced().contains(member.id()));
      node.put("father", member.fatherId());
      node.put("mother", member.motherId());
    }
    ObjectNode counts = root.putObject("counts");
    counts.put("records", report.counts().records());
    counts.put("alleles", report.counts().alleles());
    counts.put("carriedAlleles", report.counts().carried());
    counts.put("candidateVariants", report.counts().candidates());
    counts.put("carriedOutsideGenes", report.counts().outsideGenes());
    ArrayNode funnel = root.putArray("funnel");
    for (FilterStep step : result.funnel()) {
      ObjectNode node = funnel.addObject();
      node.put("filter", step.filter());
      node.put("kept", step.kept());
      node.put("removed", step.removed());
      node.put("example", step.example());
    }
    ObjectNode parentage = root.putObject("parentage");
    parentage.put("sites", result.parentage().sites());
    parentage.put("inconsistent", result.parentage().inconsistent());
    parentage.put("confirmed", result.parentage().confirmed());
    report.phenotype().ifPresent(p -> phenotype(root.putObject("phenotype"), p));
    root.put("candidateCount", result.candidates().size());
    ArrayNode candidates = root.putArray("candidates");
    result.candidates().stream()
        .limit(Math.max(0, maxCandidates))
        .forEach(c -> candidates.add(candidate(c, report)));
    strings(root.putArray("warnings"), report.warnings());
    return root;
  }

  private static void phenotype(ObjectNode node, PhenotypeMatching.Result result) {
    node.put("algorithm", result.algorithm());
    terms(node.putArray("observed"), result, result.phenotype().phenotype().observed());
    terms(node.putArray("excluded"), result, result.phenotype().phenotype().excluded());
    strings(node.putArray("notes"), result.phenotype().notes());
    ArrayNode top = node.putArray("topGenes");
    result.ranking().top(TOP_PHENOTYPE_GENES).forEach(g -> top.add(gene(g, 1)));
  }

  private static void terms(ArrayNode array, PhenotypeMatching.Result result, List<HpoTermId> ids) {
    for (HpoTermId id : ids) {
      ObjectNode term = array.addObject();
      term.put("id", id.toString());
      term.put("name", result.ontology().name(id));
    }
  }

  private static ObjectNode candidate(RankedCandidate ranked, AnalysisReport report) {
    Candidate candidate = ranked.candidate();
    ObjectNode node = JSON.createObjectNode();
    node.put("rank", ranked.rank());
    node.put("tier", ranked.tier().name());
    node.put("score", ranked.score());
    node.put("gene", candidate.gene());
    ObjectNode inheritance = node.putObject("inheritance");
    inheritance.put("pattern", candidate.inheritance().pattern().name());
    inheritance.put("fit", candidate.inheritance().fit().name());
    inheritance.put("reason", candidate.inheritance().reason());
    candidate
        .panelGene()
        .ifPresent(
            gene -> {
              ObjectNode panel = node.putObject("panelGene");
              panel.put("confidence", gene.confidence().name());
              strings(
                  panel.putArray("modes"), gene.modes().stream().map(Enum::name).sorted().toList());
            });
    ArrayNode variants = node.putArray("variants");
    candidate.variants().forEach(v -> variants.add(variant(v, report)));
    if (candidate.phenotypeScore().isPresent()) {
      node.put("phenotypeScore", candidate.phenotypeScore().getAsDouble());
    }
    report
        .phenotype()
        .flatMap(p -> java.util.Optional.ofNullable(p.genes().get(candidate.gene())))
        .ifPresent(match -> node.set("phenotypeMatch", gene(match, 3)));
    strings(node.putArray("explanation"), ranked.explanation());
    return node;
  }

  private static ObjectNode variant(ClassifiedVariant classified, AnalysisReport report) {
    CandidateVariant variant = classified.candidate();
    ObjectNode node = JSON.createObjectNode();
    node.put("chrom", variant.variant().contig());
    node.put("pos", variant.variant().position());
    node.put("ref", variant.variant().ref());
    node.put("alt", variant.variant().alt());
    node.put("transcript", variant.transcript());
    node.put("hgvsc", variant.hgvsc());
    node.put("hgvsp", variant.hgvsp());
    strings(node.putArray("consequences"), variant.consequences().stream().sorted().toList());
    node.put("exon", variant.exon());
    if (variant.haplotype() != null) {
      // the joint effect with the other alleles of its haplotype, beside the own consequence
      HaplotypeEffect joint = variant.haplotype();
      ObjectNode haplotype = node.putObject("haplotype");
      strings(haplotype.putArray("consequences"), joint.consequences().stream().sorted().toList());
      haplotype.put("proteinChange", joint.proteinChange());
      haplotype.put("restoresFrame", joint.restoresFrame());
      haplotype.put("phaseSet", joint.phaseSet());
      ArrayNode partners = haplotype.putArray("partners");
      joint.partners().forEach(partner -> partners.add(partner.toString()));
      haplotype.put("reason", joint.reason(variant.consequences()));
    }
    if (variant.frequency().alleleFrequency().isPresent()) {
      node.put("populationFrequency", variant.frequency().alleleFrequency().getAsDouble());
      node.put("frequencySource", variant.frequency().source());
    }
    // in-silico predictor scores as the VCF carries them (REVEL, CADD PHRED, BayesDel, SpliceAI)
    ObjectNode scores = node.putObject("scores");
    variant.scores().scores().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> scores.put(e.getKey().name(), e.getValue()));
    if (variant.reported() != null) {
      ObjectNode clinvar = node.putObject("clinvar");
      clinvar.put("significance", variant.reported().significance());
      clinvar.put("reviewStatus", variant.reported().reviewStatus());
    }
    ObjectNode genotypes = node.putObject("genotypes");
    for (PedigreeMember member : report.family().members()) {
      variant
          .family()
          .call(member.id())
          .ifPresent(call -> genotypes.put(member.id(), genotype(call)));
    }
    Classification classification = classified.classification();
    ObjectNode acmg = node.putObject("acmg");
    acmg.put("class", classification.acmgClass().abbreviation());
    acmg.put("guideline", classification.guideline());
    acmg.put("rule", classification.rule());
    acmg.put("points", classification.points());
    ArrayNode evidence = acmg.putArray("evidence");
    for (Evidence item : classification.evidence()) {
      ObjectNode code = evidence.addObject();
      code.put("code", item.code().name());
      code.put("strength", item.strength().name());
      code.put("label", item.label());
      code.put("reason", item.reason());
    }
    return node;
  }

  private static ObjectNode gene(GeneMatch match, int diseases) {
    ObjectNode node = JSON.createObjectNode();
    node.put("gene", match.gene().symbol());
    node.put("ncbiGeneId", match.gene().ncbiGeneId());
    node.put("rank", match.rank());
    node.put("log10LikelihoodRatio", match.score());
    node.put("posterior", match.posterior());
    ArrayNode array = node.putArray("diseases");
    for (DiseaseMatch disease : match.diseases().stream().limit(diseases).toList()) {
      ObjectNode d = array.addObject();
      d.put("id", disease.disease().toString());
      d.put("name", disease.name());
      d.put("log10LikelihoodRatio", disease.score());
      ArrayNode terms = d.putArray("terms");
      for (TermMatch term : disease.terms()) {
        ObjectNode t = terms.addObject();
        t.put("patientTerm", term.patientTerm().toString());
        t.put("patientTermName", term.patientTermName());
        t.put("excluded", term.excluded());
        t.put("match", term.kind().name());
        t.put("diseaseTerm", term.diseaseTerm() == null ? null : term.diseaseTerm().toString());
        t.put("diseaseTermName", term.diseaseTermName());
        if (!Double.isNaN(term.frequency())) {
          t.put("frequency", term.frequency());
        }
        t.put("log10LikelihoodRatio", term.score());
      }
    }
    return node;
  }

  /** The VCF genotype, e.g. {@code 0/1} or {@code 1|0}. */
  static String genotype(SampleCall call) {
    Genotype genotype = call.genotype();
    return genotype.alleles().stream()
        .map(a -> a == Genotype.MISSING ? "." : Integer.toString(a))
        .collect(Collectors.joining(genotype.phased() ? "|" : "/"));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
