package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A request body that cannot be read gets a problem detail saying what is wrong and where. */
class JsonBodyErrorTest extends ApiTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          truncated object        | {"requestKey": "k1",\\n "patient": | line 2, column    | end-of-input
          missing comma           | {"requestKey": "k1"\\n "patient": "9991000054"} | line 2, column 2 | Unexpected character
          not JSON at all         | requestKey=k1                    | line 1, column 1  | Unrecognized token 'requestKey'
          yes or no as text       | {"requestKey": "k1", "researchParticipation": "maybe"} | field 'researchParticipation', line 1 | expected true or false, found the text \\"maybe\\"
          family member's flag    | {"family": [{"nhsNumber": "9991000062", "affected": "perhaps"}]} | field 'family[0].affected' | expected true or false, found the text \\"perhaps\\"
          terms as one text       | {"requestKey": "k1",\\n "hpoTerms": "HP:0001250"} | field 'hpoTerms', line 2 | expected a list ([...]), found text
          family as an object     | {"family": {"nhsNumber": "9991000062"}} | field 'family', line 1 | expected a list ([...]), found an object
          patient as an object    | {"patient": {"nhs": "9991000054"}} | field 'patient', line 1 | expected text, found an object
          member as a list        | {"family": [["9991000062"]]} | field 'family[0]' | expected an object ({...}), found a list
          """)
  void saysWhatIsWrongAndWhere(String kind, String body, String where, String what)
      throws Exception {
    ApiClient clinician = ApiClient.as(Role.CLINICIAN, accounts, port);

    HttpResponse<String> response =
        clinician.post("/api/orders", "application/json", body.replace("\\n", "\n"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"title\":\"Invalid request body\"")
        .contains(where)
        .contains(what)
        .doesNotContain("Failed to read request")
        .doesNotContain("org.gms")
        .doesNotContain("java.")
        .doesNotContain("Boolean")
        .doesNotContain("ArrayList")
        .doesNotContain("MemberForm")
        .doesNotContain("JsonToken")
        .doesNotContain("`");
  }
}
