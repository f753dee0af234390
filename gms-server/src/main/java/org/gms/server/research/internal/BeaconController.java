package org.gms.server.research.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gms.server.GmsException;
import org.gms.server.account.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GA4GH Beacon v2 (GET): the informational endpoints and the {@code g_variants} and {@code
 * individuals} entry types. Anyone may ask for boolean answers; researchers get counts and records.
 * Errors are Beacon error responses.
 */
@RestController
class BeaconController {

  static final String BASE = "/beacon/v2";
  private static final int DEFAULT_LIMIT = 10;
  private static final int MAX_LIMIT = 1000;

  private final VariantQueryParser variantQueries;
  private final BeaconVariants variants;
  private final BeaconIndividuals individuals;
  private final TransactionTemplate transactions;
  private final Accounts accounts;

  BeaconController(
      VariantQueryParser variantQueries,
      BeaconVariants variants,
      BeaconIndividuals individuals,
      TransactionTemplate transactions,
      Accounts accounts) {
    this.accounts = accounts;
    this.variantQueries = variantQueries;
    this.variants = variants;
    this.individuals = individuals;
    this.transactions = transactions;
  }

  @GetMapping({BASE, BASE + "/", BASE + "/info"})
  Map<String, Object> info(HttpServletRequest request) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", BeaconEnvelope.BEACON_ID);
    info.put("name", "GMS research Beacon");
    info.put("apiVersion", BeaconEnvelope.API_VERSION);
    info.put("environment", "dev");
    info.put("organization", organization());
    info.put(
        "description",
        "Variants and individuals of the patients of this Genomic Medicine Service who have agreed"
            + " to research (their current decision, read at each query). Anyone may ask whether a"
            + " variant is seen; researchers get counts and records. Counts below 5 are not given.");
    info.put("version", "1");
    info.put("welcomeUrl", root(request));
    return informational(info);
  }

  @GetMapping(BASE + "/service-info")
  Map<String, Object> serviceInfo(HttpServletRequest request) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", BeaconEnvelope.BEACON_ID);
    info.put("name", "GMS research Beacon");
    info.put("type", Map.of("group", "org.ga4gh", "artifact", "beacon", "version", "v2.0.0"));
    info.put(
        "description",
        "GA4GH Beacon v2 over the consented research participants of this Genomic Medicine"
            + " Service.");
    info.put(
        "organization", Map.of("name", "Genomic Medicine Service", "url", root(request) + "/"));
    info.put("version", "1");
    info.put("environment", "dev");
    return info;
  }

  @GetMapping(BASE + "/configuration")
  Map<String, Object> configuration() {
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put(
        "$schema",
        "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/framework/json/configuration/beaconConfigurationSchema.json");
    configuration.put("maturityAttributes", Map.of("productionStatus", "DEV"));
    configuration.put(
        "securityAttributes",
        Map.of(
            "defaultGranularity",
            "boolean",
            "securityLevels",
            List.of("PUBLIC", "REGISTERED", "CONTROLLED")));
    configuration.put("entryTypes", entryTypes());
    return informational(configuration);
  }

  @GetMapping(BASE + "/entry_types")
  Map<String, Object> entryTypesResponse() {
    return informational(Map.of("entryTypes", entryTypes()));
  }

  @GetMapping(BASE + "/map")
  Map<String, Object> map(HttpServletRequest request) {
    String root = root(request);
    Map<String, Object> sets = new LinkedHashMap<>();
    sets.put(
        BeaconEnvelope.VARIANT,
        Map.of(
            "entryType",
            BeaconEnvelope.VARIANT,
            "rootUrl",
            root + BASE + "/g_variants",
            "openAPIEndpointsDefinition",
            root + "/v3/api-docs"));
    sets.put(
        BeaconEnvelope.INDIVIDUAL,
        Map.of(
            "entryType",
            BeaconEnvelope.INDIVIDUAL,
            "rootUrl",
            root + BASE + "/individuals",
            "filteringTermsUrl",
            root + BASE + "/filtering_terms",
            "openAPIEndpointsDefinition",
            root + "/v3/api-docs"));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(
        "$schema",
        "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/framework/json/configuration/beaconMapSchema.json");
    map.put("endpointSets", sets);
    return informational(map);
  }

  @GetMapping(BASE + "/filtering_terms")
  Map<String, Object> filteringTerms() {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("filteringTerms", transactions.execute(status -> individuals.filteringTerms()));
    response.put(
        "resources",
        List.of(
            Map.of(
                "id",
                "hp",
                "name",
                "Human Phenotype Ontology",
                "url",
                "http://purl.obolibrary.org/obo/hp.owl",
                "namespacePrefix",
                "HP",
                "iriPrefix",
                "http://purl.obolibrary.org/obo/HP_"),
            Map.of(
                "id",
                "ncit",
                "name",
                "NCI Thesaurus",
                "url",
                "http://purl.obolibrary.org/obo/ncit.owl",
                "namespacePrefix",
                "NCIT",
                "iriPrefix",
                "http://purl.obolibrary.org/obo/NCIT_")));
    return informational(response);
  }

  @GetMapping(BASE + "/g_variants")
  Map<String, Object> variants(
      @RequestParam(required = false) String assemblyId,
      @RequestParam(required = false) String referenceName,
      @RequestParam(required = false) Long start,
      @RequestParam(required = false) Long end,
      @RequestParam(required = false) String referenceBases,
      @RequestParam(required = false) String alternateBases,
      @RequestParam(required = false) String geneId,
      @RequestParam(required = false) String requestedGranularity,
      @RequestParam(defaultValue = "0") int skip,
      @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    Granularity granted = Granularity.granted(requestedGranularity, accounts.actor());
    VariantQuery query =
        variantQueries.parse(
            assemblyId, referenceName, start, end, referenceBases, alternateBases, geneId);
    int from = skip(skip);
    int count = limit(limit);
    // one transaction: the audit events of the query are committed together
    return transactions.execute(status -> variants.answer(query, granted, from, count));
  }

  @GetMapping(BASE + "/individuals")
  Map<String, Object> individuals(
      @RequestParam(required = false) String filters,
      @RequestParam(required = false) String requestedGranularity,
      @RequestParam(defaultValue = "0") int skip,
      @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    Granularity granted = Granularity.granted(requestedGranularity, accounts.actor());
    List<String> terms =
        filters == null || filters.isBlank()
            ? List.of()
            : Arrays.stream(filters.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    int from = skip(skip);
    int count = limit(limit);
    return transactions.execute(status -> individuals.answer(terms, granted, from, count));
  }

  /** A Beacon error response, with the HTTP status of the error. */
  @ExceptionHandler(GmsException.class)
  ResponseEntity<Map<String, Object>> error(GmsException e) {
    HttpStatus status = HttpStatus.valueOf(e.kind().httpStatus());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "meta",
        BeaconEnvelope.meta(
            BeaconEnvelope.VARIANT,
            Granularity.BOOLEAN,
            Granularity.BOOLEAN,
            Map.of(),
            List.of(),
            0,
            DEFAULT_LIMIT));
    body.put("error", Map.of("errorCode", status.value(), "errorMessage", e.getMessage()));
    return ResponseEntity.status(status).body(body);
  }

  private static int skip(int skip) {
    if (skip < 0) {
      throw new GmsException("skip is 0 or more; got " + skip + ".");
    }
    return skip;
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new GmsException("limit is between 1 and " + MAX_LIMIT + "; got " + limit + ".");
    }
    return limit;
  }

  private static Map<String, Object> informational(Map<String, Object> response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "meta",
        Map.of(
            "beaconId",
            BeaconEnvelope.BEACON_ID,
            "apiVersion",
            BeaconEnvelope.API_VERSION,
            "returnedSchemas",
            List.of()));
    body.put("response", response);
    return body;
  }

  private static Map<String, Object> organization() {
    return Map.of(
        "id",
        "gms",
        "name",
        "Genomic Medicine Service",
        "description",
        "The genomic laboratory hub running this platform.");
  }

  private static Map<String, Object> entryTypes() {
    Map<String, Object> types = new LinkedHashMap<>();
    types.put(
        BeaconEnvelope.VARIANT,
        entryType(
            BeaconEnvelope.VARIANT,
            "Genomic variant",
            "SO:0000735",
            "sequence_location",
            "genomicVariations"));
    types.put(
        BeaconEnvelope.INDIVIDUAL,
        entryType(BeaconEnvelope.INDIVIDUAL, "Individual", "NCIT:C25190", "Person", "individuals"));
    return types;
  }

  private static Map<String, Object> entryType(
      String id, String name, String term, String label, String model) {
    Map<String, Object> type = new LinkedHashMap<>();
    type.put("id", id);
    type.put("name", name);
    type.put("ontologyTermForThisType", Map.of("id", term, "label", label));
    type.put("partOfSpecification", "Beacon v2.0.0");
    type.put(
        "defaultSchema",
        Map.of(
            "id",
            BeaconEnvelope.schemaOf(id).get("schema"),
            "name",
            "Default schema for " + name.toLowerCase(java.util.Locale.ROOT),
            "referenceToSchemaDefinition",
            "https://raw.githubusercontent.com/ga4gh-beacon/beacon-v2/main/models/json/beacon-v2-default-model/"
                + model
                + "/defaultSchema.json",
            "schemaVersion",
            "v2.0.0"));
    type.put("nonFilteredQueriesAllowed", id.equals(BeaconEnvelope.INDIVIDUAL));
    return type;
  }

  private static String root(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }
}
