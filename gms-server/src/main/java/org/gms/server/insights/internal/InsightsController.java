package org.gms.server.insights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gms.server.GmsException;
import org.gms.server.insights.DiagnosticYield;
import org.gms.server.insights.Dimension;
import org.gms.server.insights.Figures;
import org.gms.server.insights.Insights;
import org.gms.server.insights.Weekly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The management dashboard's API (laboratory managers, commissioners, administrators). */
@RestController
@Tag(name = "Management insights")
class InsightsController {

  private final Insights insights;
  private final PublicFigures figures;

  InsightsController(Insights insights, PublicFigures figures) {
    this.insights = insights;
    this.figures = figures;
  }

  static YearMonth month(String text, String field) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new GmsException("'" + field + "' is a month as yyyy-mm (e.g. 2026-01), not " + text);
    }
  }

  @GetMapping("/api/insights/figures")
  @Operation(
      summary =
          "Activity, turnaround (median, 90th centile, share within target) and rates per 100,000"
              + " by a dimension for the months from..to (not suppressed: for managers only)")
  Figures figures(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "all") String by) {
    return insights.figures(month(from, "from"), month(to, "to"), Dimension.parse(by));
  }

  @GetMapping("/api/insights/outcomes")
  @Operation(
      summary =
          "Outcomes in the months from..to: cancer cases reported with an actionable (tier I or"
              + " II) finding and targeted therapies started for them, by tumour type;"
              + " pharmacogenomic results in use (draft prescriptions checked at prescribing and"
              + " cards shown), by drug (not suppressed: for managers only)")
  org.gms.server.insights.Outcomes outcomes(@RequestParam String from, @RequestParam String to) {
    return insights.outcomes(month(from, "from"), month(to, "to"));
  }

  @GetMapping("/api/insights/yield")
  @Operation(
      summary =
          "Diagnostic yield of rare-disease testing: cases reported in the months from..to and"
              + " the share whose report holds a pathogenic or likely pathogenic finding (Wilson"
              + " 95% interval), by a dimension (not suppressed: for managers only)")
  DiagnosticYield diagnosticYield(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "indication") String by) {
    return insights.diagnosticYield(month(from, "from"), month(to, "to"), Dimension.parse(by));
  }

  static java.time.LocalDate day(String text, String field) {
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new GmsException(
          "'" + field + "' is a day as yyyy-mm-dd (e.g. 2026-01-31), not " + text);
    }
  }

  @GetMapping("/api/insights/weekly")
  @Operation(
      summary =
          "Requested, received, reported, cancelled and failed by ISO week, from the week of"
              + " 'from' to the week of 'to' (days, yyyy-mm-dd; at most 262 weeks), for the"
              + " service and by a dimension (not suppressed: for managers only)")
  Weekly weekly(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "all") String by) {
    return insights.weekly(day(from, "from"), day(to, "to"), Dimension.parse(by));
  }

  @GetMapping(value = "/api/insights/fhir/{year}", produces = "application/fhir+json")
  @Operation(
      summary =
          "The year's figures as the published FHIR Measures and MeasureReports, but without"
              + " suppression (each report tagged not-for-publication): for managers only")
  org.springframework.http.ResponseEntity<String> fhir(
      @org.springframework.web.bind.annotation.PathVariable int year) {
    return org.springframework.http.ResponseEntity.ok()
        .contentType(
            org.springframework.http.MediaType.parseMediaType(
                "application/fhir+json;charset=UTF-8"))
        .body(figures.unsuppressedFhir(year));
  }

  @GetMapping("/api/insights/trend")
  @Operation(summary = "The service month by month: activity, median turnaround, share on time")
  List<Figures.TrendPoint> trend(@RequestParam String from, @RequestParam String to) {
    return insights.trend(month(from, "from"), month(to, "to"));
  }

  @GetMapping("/api/insights/backlog")
  @Operation(summary = "Open and overdue orders now, in all and by laboratory")
  Figures.Backlog backlog() {
    return insights.backlog();
  }

  @GetMapping("/api/insights/orders")
  @Operation(summary = "The orders behind a figure (no patient identities), newest first")
  List<Figures.OrderSummary> orders(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "all") String by,
      @RequestParam(defaultValue = "All") String value,
      @RequestParam(defaultValue = "100") int limit) {
    return insights.orders(month(from, "from"), month(to, "to"), Dimension.parse(by), value, limit);
  }
}
