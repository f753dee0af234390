package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.gms.server.ApiClient;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The cancer case page in headless Chromium: the clinician of a breast cancer case records ER
 * positive and HER2 negative from the pathology report and reads them back with who recorded them;
 * the section passes the axe-core audit.
 */
class ReceptorStatusBrowserTest extends BrowserTest {

  private static final String NHS = NhsNumber.firstValidFrom(999_262_000L).value();

  ReceptorStatusBrowserTest() {
    super(
        Duration.ofSeconds(20),
        new User(
            "dr.receptors",
            "Dr Receptors",
            Role.CLINICIAN,
            "Breast Unit",
            "receptor-test-password"));
  }

  @Test
  void theClinicianRecordsErAndHer2OnTheCasePage() throws Exception {
    long caseId = breastCase();
    logIn("dr.receptors", "receptor-test-password", "Receptors");
    browser.get(url("/cancer-case.html?case=" + caseId));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receptors")));
    assertThat(browser.findElement(By.id("receptors-shown")).getText()).isEqualTo("Not recorded.");
    new Select(browser.findElement(By.id("er"))).selectByValue("positive");
    new Select(browser.findElement(By.id("her2"))).selectByValue("negative");
    browser.findElement(By.id("receptors-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("receptors-status"), "Receptor status recorded"));
    assertThat(browser.findElement(By.id("receptors-shown")).getText())
        .startsWith("ER positive, PR not known, HER2 negative (recorded ")
        .endsWith("by Dr Receptors).");
    assertThat(Axe.seriousViolations(browser))
        .as("accessibility of %s", browser.getCurrentUrl())
        .isEmpty();
  }

  private long breastCase() throws Exception {
    ApiClient clinician = api("dr.receptors", "receptor-test-password");
    HttpResponse<String> patient =
        clinician.post(
            "/api/patients",
            "application/json",
            """
            {"nhsNumber": "%s", "name": "Rita Receptor", "dateOfBirth": "1968-09-12", "sex": "female"}
            """
                .formatted(NHS));
    assertThat(patient.statusCode()).as(patient.body()).isIn(200, 201, 409);
    HttpResponse<String> order =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "receptor-browser", "patient": "%s", "indication": "M4",
             "test": "M4.13", "laboratory": "North West GLH", "hpoTerms": [], "family": [],
             "researchParticipation": false, "recontact": true}
            """
                .formatted(NHS));
    assertThat(order.statusCode()).as(order.body()).isIn(200, 201);
    long orderId = json(order).get("id").asLong();
    HttpResponse<String> opened =
        clinician.post(
            "/api/oncology/cases",
            "application/json",
            "{\"orderId\": %d, \"oncotreeCode\": \"IDC\"}".formatted(orderId));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return json(opened).get("id").asLong();
  }
}
