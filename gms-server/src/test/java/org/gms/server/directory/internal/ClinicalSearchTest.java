package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The directory found from a clinician's words (bundled directory v5.1, PanelApp and HPO): features
 * by HPO label or synonym, conditions by disease name, genes ranked by panel confidence and by
 * whether the indication is about the gene's disease; a misspelling gets a suggestion; the full
 * list is paged with the right count.
 */
class ClinicalSearchTest extends BundledDirectoryApi {

  private JsonNode search(String q, int limit, int offset) throws Exception {
    String body =
        http.perform(
                get("/api/directory/indications")
                    .param("q", q)
                    .param("limit", Integer.toString(limit))
                    .param("offset", Integer.toString(offset)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(body);
  }

  private List<String> codes(JsonNode answer) {
    List<String> codes = new ArrayList<>();
    answer.get("results").forEach(r -> codes.add(r.get("code").asString()));
    return codes;
  }

  @ParameterizedTest(name = "\"{0}\" finds {1} in the first {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # words as a clinician types them | indication | within the first | why
          seizures                           | R59        | 3  | HPO synonym of Seizure (HP:0001250)
          epilepsy                           | R59        | 3  | indication name
          Dravet                             | R59        | 3  | disease name (ORPHA:33069), SCN1A
          developmental delay                | R29        | 5  | HPO label Global developmental delay
          global developmental delay         | R29        | 5  | HPO label
          learning disability                | R29        | 5  | HPO synonym of Intellectual disability
          SCN1A                              | R59        | 1  | gene in a green panel named for its disease
          """)
  void clinicalWordsFindTheIndication(String words, String indication, int within, String why)
      throws Exception {
    JsonNode answer = search(words, 10, 0);
    List<String> codes = codes(answer);
    System.out.printf("search \"%s\": %s%n", words, codes);

    assertThat(codes.subList(0, Math.min(within, codes.size()))).as(why).contains(indication);
  }

  @Test
  void aMisspellingFindsNothingButSuggestsTheWord() throws Exception {
    JsonNode answer = search("siezures", 10, 0);

    assertThat(answer.get("count").asInt()).isZero();
    assertThat(answer.get("suggestions").get(0).asString()).isEqualTo("seizures");
  }

  @Test
  void theFullListIsPagedWithTheWholeCount() throws Exception {
    JsonNode first = search("", 50, 0);
    JsonNode last = search("", 50, 550);

    // 372 rare-disease indications of v5.1 and 217 cancer indications of the codes release
    assertThat(first.get("count").asInt()).isEqualTo(589);
    assertThat(first.get("results").size()).isEqualTo(50);
    assertThat(last.get("count").asInt()).isEqualTo(589);
    assertThat(last.get("results").size()).isEqualTo(39);
    assertThat(codes(first)).doesNotContainAnyElementsOf(codes(last));
  }
}
