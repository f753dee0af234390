package org.gms.server.research.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.genomics.variant.GenomeBuild;
import org.gms.genomics.variant.VariantKey;
import org.gms.server.GmsException;
import org.gms.server.account.Role;
import org.gms.server.audit.AuditLog;
import org.gms.server.consent.Consents;
import org.gms.server.directory.GeneLocations;
import org.gms.server.record.NhsNumber;
import org.gms.server.research.ResearchIndividual;
import org.gms.server.research.ResearchView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * GA4GH Beacon v2 answers over the research genotype store and the research view: only patients
 * whose current research decision is GIVEN (read at each query), research ids only, and any
 * aggregate about fewer than {@value ResearchView#SMALLEST_COUNT} individuals given as a boolean.
 *
 * <p>Granularity by access: anonymous callers and logged-in users without the researcher role get
 * boolean answers; researchers get count and record answers (record is their default).
 */
@Component
class Beacon {

  static final String API_VERSION = "v2.0.0";
  static final String BEACON_ID = "org.gms.beacon";
  static final String VARIANT = "genomicVariant";
  static final String INDIVIDUAL = "individual";
  static final String FEMALE = "NCIT:C16576";
  static final String MALE = "NCIT:C20197";
  static final String UNKNOWN_SEX = "NCIT:C17998";
  static final String OTHER_SEX = "NCIT:C45908";

  private final GenotypeStore store;
  private final Consents consents;
  private final JdbcResearchView view;
  private final Pseudonyms pseudonyms;
  private final GeneLocations genes;
  private final VcfGenotypes normalising;
  private final AuditLog audit;

  Beacon(
      GenotypeStore store,
      Consents consents,
      JdbcResearchView view,
      Pseudonyms pseudonyms,
      GeneLocations genes,
      VcfGenotypes normalising,
      AuditLog audit) {
    this.store = store;
    this.consents = consents;
    this.view = view;
    this.pseudonyms = pseudonyms;
    this.genes = genes;
    this.normalising = normalising;
    this.audit = audit;
  }

  enum Granularity {
    BOOLEAN,
    COUNT,
    RECORD;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Granularity parse(String text) {
      for (Granularity g : values()) {
        if (g.id().equalsIgnoreCase(text.strip())) {
          return g;
        }
      }
      throw new GmsException(
          "requestedGranularity '" + text + "' is not one of boolean, count, record.");
    }
  }

  /**
   * A g_variants query, already parsed.
   *
   * @param from 1-based inclusive
   * @param to 1-based inclusive
   * @param exact when set, only this variant (a sequence query)
   */
  record VariantQuery(
      GenomeBuild build,
      String contig,
      long from,
      long to,
      VariantKey exact,
      String gene,
      Map<String, Object> parameters) {}

  /** The highest granularity the caller may have. */
  static Granularity allowed() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.isAuthenticated()
        && auth.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.RESEARCHER.name()))) {
      return Granularity.RECORD;
    }
    return Granularity.BOOLEAN;
  }

  /** What the caller gets: what they asked for (default: all they may have), capped. */
  static Granularity granted(String requested) {
    Granularity allowed = allowed();
    if (requested == null || requested.isBlank()) {
      return allowed;
    }
    Granularity asked = Granularity.parse(requested);
    return asked.compareTo(allowed) <= 0 ? asked : allowed;
  }

  /** A parsed position, range or sequence query (Beacon coordinates: 0-based start). */
  VariantQuery variantQuery(
      String assemblyId,
      String referenceName,
      Long start,
      Long end,
      String referenceBases,
      String alternateBases,
      String geneId) {
    GenomeBuild build = build(assemblyId);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("assemblyId", build.name());
    if (geneId != null && !geneId.isBlank()) {
      GeneLocations.GeneLocation gene =
          genes
              .locate(geneId.strip())
              .orElseThrow(
                  () ->
                      new GmsException(
                          GmsException.Kind.NOT_FOUND,
                          "geneId '"
                              + geneId
                              + "' is not an HGNC symbol placed on GRCh38 (e.g. BRCA1)."));
      parameters.put("geneId", gene.symbol());
      return new VariantQuery(
          build, gene.contig(), gene.start(), gene.end(), null, gene.symbol(), parameters);
    }
    if (referenceName == null || referenceName.isBlank() || start == null) {
      throw new GmsException(
          "A g_variants query needs referenceName and start (0-based), with end for a range or"
              + " referenceBases and alternateBases for one variant, or geneId.");
    }
    if (start < 0 || (end != null && end <= start)) {
      throw new GmsException(
          "start is 0-based and end (exclusive) is after it; got start "
              + start
              + (end == null ? "" : " and end " + end)
              + ".");
    }
    parameters.put("referenceName", referenceName.strip());
    parameters.put("start", List.of(start));
    if (end != null) {
      parameters.put("end", List.of(end));
    }
    String contig = org.gms.genomics.variant.ContigName.canonical(referenceName.strip());
    if (alternateBases != null && !alternateBases.isBlank()) {
      String ref = referenceBases == null ? "" : referenceBases.strip();
      String alt = alternateBases.strip();
      parameters.put("referenceBases", ref);
      parameters.put("alternateBases", alt);
      VariantKey key;
      try {
        key = normalising.key(build, contig, start + 1, ref, alt);
      } catch (IllegalArgumentException e) {
        throw new GmsException("The variant is not a sequence variant: " + e.getMessage());
      }
      long last = key.position() + Math.max(key.ref().length(), 1) - 1;
      return new VariantQuery(build, contig, key.position(), last, key, null, parameters);
    }
    long to = end == null ? start + 1 : end;
    if (to - start > 50_000_000L) {
      throw new GmsException(
          "A range query covers at most 50,000,000 bases; ask for smaller ranges.");
    }
    return new VariantQuery(build, contig, start + 1, to, null, null, parameters);
  }

  private static GenomeBuild build(String assemblyId) {
    if (assemblyId == null || assemblyId.isBlank()) {
      return GenomeBuild.GRCh38;
    }
    return switch (assemblyId.strip().toUpperCase(Locale.ROOT)) {
      case "GRCH38", "HG38" -> GenomeBuild.GRCh38;
      case "GRCH37", "HG19" -> GenomeBuild.GRCh37;
      default ->
          throw new GmsException(
              "assemblyId '" + assemblyId + "' is not GRCh38 (or GRCh37, which holds no data).");
    };
  }

  /** A matched variant with its consented carriers. */
  record Match(GenotypeStore.Row row, int het, int hom) {}

  /** The g_variants answer. */
  Map<String, Object> variants(VariantQuery query, Granularity granularity, int skip, int limit) {
    GenotypeStore.Snapshot snapshot = store.snapshot();
    BitSet consented = store.bits(snapshot, consents.researchParticipants());
    List<Match> matches = new ArrayList<>();
    BitSet carriers = new BitSet();
    for (GenotypeStore.Row row :
        store.overlapping(snapshot, query.build(), query.contig(), query.from(), query.to())) {
      if (query.exact() != null && !row.is(query.exact())) {
        continue;
      }
      int het = countAndMark(row.het(), consented, carriers);
      int hom = countAndMark(row.hom(), consented, carriers);
      if (het + hom > 0) {
        matches.add(new Match(row, het, hom));
      }
    }
    int individuals = carriers.cardinality();
    Answer answer = answer(granularity, individuals);
    audit.record(
        "query",
        "beacon",
        "g_variants",
        query.parameters()
            + " "
            + answer.granularity().id()
            + ": "
            + (answer.suppressed() ? "fewer than " + ResearchView.SMALLEST_COUNT : individuals)
            + " consented carriers, "
            + matches.size()
            + " variants");
    List<Object> results = new ArrayList<>();
    if (answer.granularity() == Granularity.RECORD) {
      for (Match match : matches.subList(Math.min(skip, matches.size()), matches.size())) {
        if (results.size() >= limit) {
          break;
        }
        results.add(variantRecord(match, consented.cardinality(), snapshot.version()));
      }
    }
    return response(
        VARIANT,
        query.parameters(),
        List.of(),
        answer,
        matches.size(),
        results,
        skip,
        limit,
        Map.of("consentedCarriers", answer.suppressed() ? "suppressed" : individuals));
  }

  private static int countAndMark(int[] carriers, BitSet consented, BitSet marked) {
    int count = 0;
    for (int individual : carriers) {
      if (consented.get(individual)) {
        count++;
        marked.set(individual);
      }
    }
    return count;
  }

  private static Map<String, Object> variantRecord(Match match, int consented, long version) {
    VariantKey key = match.row().key();
    Map<String, Object> variation = new LinkedHashMap<>();
    variation.put("variantType", variantType(key));
    variation.put("referenceBases", key.ref());
    variation.put("alternateBases", key.alt());
    long start0 = key.position() - 1;
    variation.put(
        "location",
        Map.of(
            "type",
            "SequenceLocation",
            "sequence_id",
            key.build().name() + ":" + key.contig(),
            "interval",
            Map.of(
                "type",
                "SequenceInterval",
                "start",
                Map.of("type", "Number", "value", start0),
                "end",
                Map.of("type", "Number", "value", start0 + key.ref().length()))));
    Map<String, Object> variant = new LinkedHashMap<>();
    variant.put("variantInternalId", key.toString());
    variant.put("variation", variation);
    int carriers = match.het() + match.hom();
    if (carriers >= ResearchView.SMALLEST_COUNT) {
      double alleles = 2.0 * consented;
      variant.put(
          "frequencyInPopulations",
          List.of(
              Map.of(
                  "source",
                  "GMS research participants (consented at the time of the query)",
                  "sourceReference",
                  "/beacon/v2/info",
                  "version",
                  "store version " + version,
                  "frequencies",
                  List.of(
                      Map.of(
                          "population",
                          "GMS research participants",
                          "alleleFrequency",
                          (match.het() + 2.0 * match.hom()) / alleles)))));
    }
    return variant;
  }

  private static String variantType(VariantKey key) {
    if (key.isSnv()) {
      return "SNP";
    }
    if (key.alt().isEmpty()) {
      return "DEL";
    }
    if (key.ref().isEmpty()) {
      return "INS";
    }
    return key.ref().length() == key.alt().length() ? "MNP" : "INDEL";
  }

  /** The individuals answer: consented individuals with every HPO term and the sex filtered. */
  Map<String, Object> individuals(
      List<String> filters, Granularity granularity, int skip, int limit) {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    String sex = null;
    List<HpoTermId> terms = new ArrayList<>();
    for (String filter : filters) {
      String id = filter.strip().toUpperCase(Locale.ROOT);
      switch (id) {
        case FEMALE, MALE, UNKNOWN_SEX, OTHER_SEX -> sex = id;
        default -> {
          try {
            terms.add(HpoTermId.parse(id));
          } catch (IllegalArgumentException e) {
            throw new GmsException(
                "Filter '"
                    + filter
                    + "' is not an HPO term (HP:0001250) or a sex (NCIT:C16576 female, NCIT:C20197"
                    + " male); GET /beacon/v2/filtering_terms lists them.");
          }
        }
      }
    }
    Set<NhsNumber> participants = consents.researchParticipants();
    List<ResearchIndividual> matching = new ArrayList<>();
    // whether a phenotype as written is the filter term or below it, worked out once per query
    List<Map<String, Boolean>> below = new ArrayList<>();
    terms.forEach(t -> below.add(new java.util.HashMap<>()));
    for (ResearchIndividual individual : view.individuals(participants)) {
      if (sex != null && !sex.equals(sexTerm(individual.sex()))) {
        continue;
      }
      boolean all = true;
      for (int t = 0; t < terms.size() && all; t++) {
        HpoTermId term = terms.get(t);
        Map<String, Boolean> known = below.get(t);
        all =
            individual.phenotypes().stream()
                .anyMatch(p -> known.computeIfAbsent(p, q -> isTermOrDescendant(hpo, q, term)));
      }
      if (all) {
        matching.add(individual);
      }
    }
    Answer answer = answer(granularity, matching.size());
    audit.record(
        "query",
        "beacon",
        "individuals",
        filters
            + " "
            + answer.granularity().id()
            + ": "
            + (answer.suppressed() ? "fewer than " + ResearchView.SMALLEST_COUNT : matching.size())
            + " individuals");
    List<Object> results = new ArrayList<>();
    if (answer.granularity() == Granularity.RECORD) {
      for (ResearchIndividual individual :
          matching.subList(Math.min(skip, matching.size()), matching.size())) {
        if (results.size() >= limit) {
          break;
        }
        results.add(individualRecord(individual, hpo));
      }
    }
    return response(
        INDIVIDUAL,
        Map.of(),
        filters.stream().map(f -> (Object) f.strip()).toList(),
        answer,
        matching.size(),
        results,
        skip,
        limit,
        Map.of());
  }

  private static boolean isTermOrDescendant(HpoOntology hpo, String phenotype, HpoTermId term) {
    try {
      HpoTermId id = HpoTermId.parse(phenotype);
      return id.equals(term) || (hpo.contains(id) && hpo.isSubsumedBy(id, term));
    } catch (IllegalArgumentException e) {
      return false; // a term kept as written on the request: not comparable
    }
  }

  private static Map<String, Object> individualRecord(
      ResearchIndividual individual, HpoOntology hpo) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", individual.id());
    String sex = sexTerm(individual.sex());
    record.put("sex", Map.of("id", sex, "label", sexLabel(sex)));
    List<Object> features = new ArrayList<>();
    for (String term : individual.phenotypes()) {
      String label = term;
      try {
        HpoTermId id = HpoTermId.parse(term);
        label = hpo.contains(id) ? hpo.name(id) : term;
      } catch (IllegalArgumentException e) {
        // kept as written
      }
      features.add(Map.of("featureType", Map.of("id", term, "label", label)));
    }
    record.put("phenotypicFeatures", features);
    return record;
  }

  static String sexTerm(String sex) {
    return switch (sex) {
      case "FEMALE" -> FEMALE;
      case "MALE" -> MALE;
      case "OTHER" -> OTHER_SEX;
      default -> UNKNOWN_SEX;
    };
  }

  static String sexLabel(String term) {
    return switch (term) {
      case FEMALE -> "female";
      case MALE -> "male";
      case OTHER_SEX -> "other";
      default -> "unknown";
    };
  }

  /** The HPO terms at least the smallest count of consented individuals have, and the sexes. */
  List<Map<String, Object>> filteringTerms() {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    Map<String, Integer> counts = new TreeMap<>();
    for (ResearchIndividual individual : view.individuals(consents.researchParticipants())) {
      for (String term : Set.copyOf(individual.phenotypes())) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    List<Map<String, Object>> terms = new ArrayList<>();
    for (String sex : List.of(FEMALE, MALE, UNKNOWN_SEX, OTHER_SEX)) {
      terms.add(
          Map.of(
              "type",
              "ontologyTerm",
              "id",
              sex,
              "label",
              sexLabel(sex),
              "scopes",
              List.of("individual")));
    }
    counts.forEach(
        (term, count) -> {
          if (count >= ResearchView.SMALLEST_COUNT) {
            String label = term;
            try {
              HpoTermId id = HpoTermId.parse(term);
              label = hpo.contains(id) ? hpo.name(id) : term;
            } catch (IllegalArgumentException e) {
              // kept as written
            }
            terms.add(
                Map.of(
                    "type",
                    "ontologyTerm",
                    "id",
                    term,
                    "label",
                    label,
                    "scopes",
                    List.of("individual")));
          }
        });
    audit.record("query", "beacon", "filtering_terms", terms.size() + " terms");
    return terms;
  }

  /** What is given: the granularity after suppression. */
  record Answer(Granularity granularity, Granularity granted, boolean exists, boolean suppressed) {}

  private static Answer answer(Granularity granted, int individuals) {
    boolean suppressed =
        granted != Granularity.BOOLEAN
            && individuals > 0
            && individuals < ResearchView.SMALLEST_COUNT;
    return new Answer(
        suppressed ? Granularity.BOOLEAN : granted, granted, individuals > 0, suppressed);
  }

  static Map<String, Object> meta(
      String entityType,
      Granularity granularity,
      Granularity requested,
      Map<String, Object> parameters,
      List<Object> filters,
      int skip,
      int limit) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("apiVersion", API_VERSION);
    summary.put("requestedSchemas", List.of());
    summary.put("pagination", Map.of("skip", skip, "limit", limit));
    summary.put("requestedGranularity", requested.id());
    if (!parameters.isEmpty()) {
      // a dictionary of objects: the parameters of the entry type, as received
      summary.put(
          "requestParameters",
          Map.of(entityType.equals(VARIANT) ? "g_variant" : entityType, parameters));
    }
    if (!filters.isEmpty()) {
      summary.put("filters", filters);
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("beaconId", BEACON_ID);
    meta.put("apiVersion", API_VERSION);
    meta.put("returnedSchemas", List.of(schemaOf(entityType)));
    meta.put("returnedGranularity", granularity.id());
    meta.put("receivedRequestSummary", summary);
    return meta;
  }

  static Map<String, Object> schemaOf(String entityType) {
    return Map.of(
        "entityType",
        entityType,
        "schema",
        entityType.equals(VARIANT) ? "beacon-g_variant-v2.0.0" : "beacon-individual-v2.0.0");
  }

  private Map<String, Object> response(
      String entityType,
      Map<String, Object> parameters,
      List<Object> filters,
      Answer answer,
      int total,
      List<Object> results,
      int skip,
      int limit,
      Map<String, Object> extra) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put(
        "meta",
        meta(
            entityType,
            answer.granularity(),
            requestedOf(answer),
            parameters,
            filters,
            skip,
            limit));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("exists", answer.exists());
    if (answer.granularity() != Granularity.BOOLEAN) {
      summary.put("numTotalResults", total);
    }
    response.put("responseSummary", summary);
    Map<String, Object> info = new LinkedHashMap<>(extra);
    info.put("smallestCountGiven", ResearchView.SMALLEST_COUNT);
    info.put("countSuppressed", answer.suppressed());
    if (answer.suppressed()) {
      info.put(
          "note",
          "Fewer than "
              + ResearchView.SMALLEST_COUNT
              + " individuals match: the answer is given as a boolean only.");
    }
    response.put("info", info);
    if (answer.granularity() == Granularity.RECORD) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("id", "gms-research");
      set.put("setType", "dataset");
      set.put("exists", answer.exists());
      set.put("resultsCount", total);
      set.put("results", results);
      response.put("response", Map.of("resultSets", List.of(set)));
    }
    return response;
  }

  private static Granularity requestedOf(Answer answer) {
    return answer.granted();
  }
}
