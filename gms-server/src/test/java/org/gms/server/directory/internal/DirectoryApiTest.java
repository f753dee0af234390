package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public JSON API, without logging in, on the bundled v5.1 release and PanelApp export. Panels
 * are checked against the PanelApp files they were imported from.
 */
class DirectoryApiTest extends BundledDirectoryApi {

  @Test
  void searchByCodeFindsTheIndicationFirst() throws Exception {
    http.perform(get("/api/directory/indications").param("q", "r29"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("5.1"))
        .andExpect(jsonPath("$.results[0].code").value("R29"))
        .andExpect(
            jsonPath("$.results[0].name")
                .value("Intellectual disability – microarray and sequencing"))
        .andExpect(jsonPath("$.results[0].matchedBy[0]").value("code"))
        .andExpect(jsonPath("$.results[0].testMethods", hasItems("Microarray", "WGS")));
  }

  @Test
  void searchByNameWords() throws Exception {
    http.perform(get("/api/directory/indications").param("q", "Intellectual Disability"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].code", hasItems("R29", "R377")))
        .andExpect(jsonPath("$.results[0].matchedBy", hasItem("name")));
  }

  @Test
  void searchByGeneFindsIndicationsNamingItAndThoseWhosePanelsListIt() throws Exception {
    http.perform(get("/api/directory/indications").param("q", "fgfr2").param("limit", "200"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].code", hasItems("R23", "R306", "R308", "R99", "R100")))
        .andExpect(jsonPath("$.results[0].code").value("R308"))
        .andExpect(
            jsonPath("$.results[0].matchedBy", hasItems("name", "gene FGFR2 named as a target")))
        .andExpect(
            jsonPath(
                "$.results[?(@.code == 'R99')].matchedBy[*]",
                hasItem("gene FGFR2 in panel Common craniosynostosis syndromes (507), green")));
  }

  @Test
  void searchByTestMethod() throws Exception {
    http.perform(get("/api/directory/indications").param("q", "small panel").param("limit", "500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].code", hasItems("R127", "R128")))
        .andExpect(jsonPath("$.results[*].matchedBy[*]", everyItem(is("test method"))));
  }

  @Test
  void withoutAQueryEveryIndicationIsListed() throws Exception {
    http.perform(get("/api/directory/indications").param("limit", "1000"))
        .andExpect(jsonPath("$.count").value(372 + 217));
  }

  @Test
  void anIndicationWithItsTestsAndPanels() throws Exception {
    http.perform(get("/api/directory/indications/R29"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("R29"))
        .andExpect(jsonPath("$.directoryVersion").value("5.1"))
        .andExpect(jsonPath("$.specialistTestGroup").value("Core"))
        .andExpect(jsonPath("$.eligibility", nullValue()))
        .andExpect(jsonPath("$.whoMayOrder.basis").value("derived from commissioning category"))
        .andExpect(jsonPath("$.tests[*].code", hasItems("R29.2", "R29.4")))
        .andExpect(jsonPath("$.tests[?(@.code == 'R29.4')].methodCategory", hasItem("WGS")))
        .andExpect(jsonPath("$.tests[?(@.code == 'R29.4')].targets[0].panelId", hasItem(285)))
        .andExpect(jsonPath("$.panels[0].id").value(285))
        .andExpect(jsonPath("$.panels[0].available").value(true))
        .andExpect(jsonPath("$.panels[0].name").value("Intellectual disability"));
  }

  @Test
  void anUnknownIndicationIsAProblem404() throws Exception {
    http.perform(get("/api/directory/indications/R9999"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail", startsWith("There is no clinical indication R9999")));
  }

  @Test
  void aPanelFromTheApiIsServedAsPanelAppPublishedIt() throws Exception {
    JsonNode source =
        JSON.readTree(
            ImportFile.resource(
                    DirectoryImporter.BUNDLED_PANELS + "ge_panel_details/panel_112.json.gz")
                .content());
    JsonNode served = JSON.readTree(body("/api/panels/112"));
    for (String field :
        List.of(
            "id",
            "hash_id",
            "name",
            "disease_group",
            "version",
            "version_created",
            "relevant_disorders",
            "stats",
            "types",
            "genes",
            "strs",
            "regions")) {
      assertThat(served.get(field)).as(field).isEqualTo(source.get(field));
    }
  }

  @Test
  void aPanelFromTheTsvHasPanelAppsShape() throws Exception {
    http.perform(get("/api/panels/507"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(507))
        .andExpect(jsonPath("$.name").value("Common craniosynostosis syndromes"))
        .andExpect(jsonPath("$.stats.number_of_genes").value(7))
        .andExpect(
            jsonPath(
                "$.genes[*].gene_data.gene_symbol",
                hasItems("EFNB1", "ERF", "FGFR1", "FGFR2", "FGFR3", "TCF12", "TWIST1")))
        .andExpect(
            jsonPath(
                "$.genes[?(@.entity_name == 'FGFR2')].gene_data.hgnc_id", hasItem("HGNC:3689")))
        .andExpect(jsonPath("$.genes[?(@.entity_name == 'FGFR2')].confidence_level", hasItem("3")))
        .andExpect(
            jsonPath("$.genes[?(@.entity_name == 'EFNB1')].mode_of_inheritance", hasItem("XL")));
  }

  @Test
  void panelVersionsAreAddressable() throws Exception {
    String version = JSON.readTree(body("/api/panels/507")).get("version").asString();
    http.perform(get("/api/panels/507").param("version", version))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(version));
    http.perform(get("/api/panels/507").param("version", "0.0"))
        .andExpect(status().isNotFound())
        .andExpect(
            jsonPath(
                "$.detail",
                startsWith("Panel 507 has no version 0.0; stored versions: " + version)));
    http.perform(get("/api/panels/507/versions")).andExpect(jsonPath("$.current").value(version));
  }

  @Test
  void panelsListingAGeneInPanelAppsGeneSearchShape() throws Exception {
    http.perform(get("/api/panels").param("gene", "FGFR2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].panel.id", hasItems(507, 168, 285)))
        .andExpect(jsonPath("$.results[*].gene_data.gene_symbol", everyItem(is("FGFR2"))));
  }

  @Test
  void everyCurrentPanelIsListed() throws Exception {
    http.perform(get("/api/panels"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.count").value(448));
  }

  @Test
  void aGeneListAtTheChosenConfidence() throws Exception {
    http.perform(get("/api/panels/507/genes").param("confidence", "green"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.genes[*].symbol", hasItems("FGFR2", "TWIST1")))
        .andExpect(jsonPath("$.genes[*].confidence", everyItem(is("GREEN"))));
    String text = body("/api/panels/507/genes?format=text&confidence=green,amber,red");
    assertThat(text.lines())
        .containsExactly("EFNB1", "ERF", "FGFR1", "FGFR2", "FGFR3", "TCF12", "TWIST1");
  }

  @Test
  void aPanelAsBedTargetsOnGrch38() throws Exception {
    String bed = body("/api/panels/507/targets?confidence=green");
    // MANE Select v1.4: FGFR2 NM_000141.5 at chr10 121478332-121598444 (1-based), minus strand.
    assertThat(bed.lines().filter(line -> line.contains("\tFGFR2\t")))
        .containsExactly("chr10\t121478331\t121598444\tFGFR2\t0\t-");
    assertThat(bed.lines().filter(line -> !line.startsWith("#"))).hasSize(7);
    String padded = body("/api/panels/507/targets?confidence=green&padding=100");
    assertThat(padded).contains("chr10\t121478231\t121598544\tFGFR2\t0\t-");
  }

  @Test
  void anUnknownConfidenceIsAProblem400() throws Exception {
    http.perform(get("/api/panels/507/genes").param("confidence", "blue"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", startsWith("Unknown confidence 'blue'")));
  }

  @Test
  void releasesAndWhatChanged() throws Exception {
    http.perform(get("/api/directory/versions"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].label", hasItem("5.1")));
    http.perform(get("/api/directory/versions/5.1/changes"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.comparedWith", nullValue()))
        .andExpect(jsonPath("$.added.length()").value(372));
    String imports = body("/api/directory/imports");
    assertThat(
            Arrays.stream(JSON.readValue(imports, JsonNode[].class))
                .map(i -> i.get("kind").asString()))
        .contains("DIRECTORY", "PANELS");
  }

  @Test
  void anOverlongSearchIsAProblem400() throws Exception {
    http.perform(get("/api/directory/indications").param("q", "disease ".repeat(40)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", startsWith("The search is 320 characters long")));
  }

  @Test
  void theApiIsDocumented() throws Exception {
    assertThat(body("/v3/api-docs"))
        .contains(
            "/api/directory/indications/{code}",
            "/api/panels/{id}",
            "/api/panels/{id}/targets",
            "PanelApp API JSON");
  }

  private String body(String uri) throws Exception {
    return http.perform(get(uri))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void cancerIndicationsComeFromTheCodesReleaseWithMethodsAndTargetsFromTheirNames()
      throws Exception {
    http.perform(get("/api/directory/indications/M4"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("M4"))
        .andExpect(jsonPath("$.name").value("Non-Small Cell Lung Cancer"))
        .andExpect(jsonPath("$.directoryVersion").value("codes-2026-09-08"))
        .andExpect(jsonPath("$.tests[*].code", hasItems("M4.13", "M4.14", "M4.2")))
        .andExpect(
            jsonPath("$.tests[?(@.code == 'M4.13')].methods[*]")
                .value(
                    org.hamcrest.Matchers.contains("NGS_SMALL_VARIANT", "NGS_STRUCTURAL_VARIANT")))
        .andExpect(jsonPath("$.tests[?(@.code == 'M4.13')].testMethod").value(hasItem("Panel")))
        .andExpect(
            jsonPath("$.tests[?(@.code == 'M4.2')].targets[?(@.kind == 'FUSION')].text")
                .value(hasItem("EML4-ALK")));
    http.perform(get("/api/directory/indications/R29"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.directoryVersion").value("5.1"));
  }

  @Test
  void searchFindsCancerIndicationsByGeneAndName() throws Exception {
    http.perform(get("/api/directory/indications").param("q", "ROS1").param("limit", "50"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].code", hasItem("M4")));
    http.perform(get("/api/directory/indications").param("q", "lung cancer"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[*].code", hasItem("M4")));
  }
}
