package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.gms.server.ApiClient;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.record.NhsNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cancer case page in headless Chromium: the clinician of a breast cancer case records ER
 * positive and HER2 negative from the pathology report and reads them back with who recorded them;
 * the section passes the axe-core audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceptorStatusBrowserTest {

  private static final String NHS = NhsNumber.firstValidFrom(999_262_000L).value();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired DirectoryImports directory;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    directory.importBundledIfMissing();
    accounts.save(
        new Account("dr.receptors", "Dr Receptors", Set.of(Role.CLINICIAN), "Breast Unit"),
        "receptor-test-password");
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theClinicianRecordsErAndHer2OnTheCasePage() throws Exception {
    long caseId = breastCase();
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("dr.receptors");
    browser.findElement(By.id("password")).sendKeys("receptor-test-password", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".session"), "Receptors"));
    browser.get("http://localhost:" + port + "/cancer-case.html?case=" + caseId);
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
    ApiClient clinician =
        ApiClient.withToken(
            port,
            accounts
                .issueToken("dr.receptors", "receptor-test-password", "test", Duration.ofHours(1))
                .token());
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
    long orderId = JSON.readTree(order.body()).get("id").asLong();
    HttpResponse<String> opened =
        clinician.post(
            "/api/oncology/cases",
            "application/json",
            "{\"orderId\": %d, \"oncotreeCode\": \"IDC\"}".formatted(orderId));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return JSON.readTree(opened.body()).get("id").asLong();
  }
}
