package org.gms.server.insights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.PublishedInsights;
import org.gms.server.insights.PublishedYear;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published figures: no login, small numbers suppressed, JSON or CSV. */
@RestController
@Tag(name = "Published performance figures")
class PublicInsightsController {

  private final PublishedInsights published;

  PublicInsightsController(PublishedInsights published) {
    this.published = published;
  }

  @GetMapping("/api/public/insights/{year}")
  @Operation(
      summary =
          "A calendar year's requests by month and dimension, rates per 100,000 by geography,"
              + " ethnic group, deprivation decile and (with the population file) age band and sex,"
              + " and turnaround by test method and urgency, ethnic group and deprivation decile;"
              + " suppressed counts are null")
  PublishedYear year(@PathVariable int year, @RequestParam(defaultValue = "all") String by) {
    return published.year(year, Dimension.parse(by));
  }

  @GetMapping("/api/public/insights/{year}/weekly")
  @Operation(
      summary =
          "A calendar year's requests by ISO week for the service as a whole and, with by, per"
              + " value of a dimension, each week cut at month ends so that a month's parts add"
              + " up to its published total and a value's parts to its published monthly count;"
              + " suppressed counts are null")
  org.gms.server.insights.PublishedWeeks weekly(
      @PathVariable int year,
      @io.swagger.v3.oas.annotations.Parameter(
              description =
                  "a dimension published by month (geography, indication, test, method,"
                      + " test-group, laboratory, organisation, urgency, age-band, sex, target,"
                      + " ethnic-group, imd-decile) for byValue in the order of values; all"
                      + " (default) for the service only")
          @RequestParam(defaultValue = "all")
          String by) {
    return published.weekly(year, Dimension.parse(by));
  }

  @GetMapping(value = "/api/public/insights/{year}/fhir", produces = "application/fhir+json")
  @Operation(
      summary =
          "The year's published figures as a FHIR R4 Bundle (collection): a Measure per figure"
              + " and a summary MeasureReport of each, stratified by every dimension; suppressed"
              + " counts carry the data-absent-reason extension (masked) instead of a value")
  ResponseEntity<String> fhir(@PathVariable int year) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/fhir+json;charset=UTF-8"))
        .body(published.fhir(year));
  }

  @GetMapping("/api/public/insights/{year}/outcomes")
  @Operation(
      summary =
          "A calendar year's outcomes: cancer cases reported by tumour type (with a tier I or II"
              + " finding, with a targeted therapy started) and pharmacogenomic checks at"
              + " prescribing by drug (checks, checks that showed a card, cards), the service's"
              + " row last; suppressed counts are null")
  org.gms.server.insights.PublishedOutcomes outcomes(@PathVariable int year) {
    return published.outcomes(year);
  }

  @GetMapping(value = "/api/public/insights/{year}/outcomes/csv", produces = "text/csv")
  @Operation(
      summary =
          "One outcomes table as CSV: table=cancer (by tumour type) or table=pgx (by drug); [c]"
              + " marks a suppressed count")
  ResponseEntity<String> outcomesCsv(@PathVariable int year, @RequestParam String table) {
    String body = published.outcomesCsv(year, table);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"gms-" + table + "-outcomes-" + year + ".csv\"")
        .body(body);
  }

  @GetMapping(value = "/api/public/insights/{year}/csv", produces = "text/csv")
  @Operation(summary = "The same requests table as CSV ([c] marks a suppressed count)")
  ResponseEntity<String> csv(
      @PathVariable int year, @RequestParam(defaultValue = "all") String by) {
    Dimension d = Dimension.parse(by);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"gms-requests-"
                + year
                + "-by-"
                + d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + ".csv\"")
        .body(published.csv(year, d));
  }
}
