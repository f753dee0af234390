package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.gms.server.ApiClient;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The laboratory's re-analysis worklist in headless Chromium: a scientist reads an alert's old and
 * new evidence, is told why an alert on a case without a report cannot be accepted, and dismisses
 * another with a reason. The alerts are raised directly in the database (what the re-analysis job
 * writes), on an order placed through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReanalysisAlertsBrowserTest {

  private static final String NHS = "9991000917";
  private static final String HUB = "Alerts Test Hub";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Patients patients;
  @Autowired DirectoryImports directory;
  @Autowired JdbcClient jdbc;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    directory.importBundledIfMissing();
    accounts.save(
        new Account("lab.alerts", "Lab Alerts", Set.of(Role.LABORATORY_SCIENTIST), HUB),
        "alerts-test-password");
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aScientistReadsTheEvidenceAndDismissesAnAlertWithAReason() throws Exception {
    long order = order();
    long refused = alert(order, "clinvar:GRCh38:2:47838939:AG:-:PATHOGENIC", "FBXO11");
    long dismissed = alert(order, "panel:FBXO11", "FBXO11");

    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("lab.alerts");
    browser.findElement(By.id("password")).sendKeys("alerts-test-password", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), "Lab"));
    browser.get("http://localhost:" + port + "/alerts.html");

    WebElement first = article(refused);
    assertThat(first.getText())
        .contains(
            "FBXO11: ClinVar now classifies it Pathogenic",
            "Reported VUS by lab.alerts",
            "ClinVar 2026-02-26: Pathogenic",
            "#" + order,
            NHS);
    new org.openqa.selenium.support.ui.Select(first.findElement(By.name("finalClass")))
        .selectByValue("P");
    first.findElement(By.cssSelector("#accept-" + refused + " button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("status"), "there is no report to amend"));
    assertThat(browser.findElement(By.id("status")).getAttribute("class")).isEqualTo("error");

    WebElement second = article(dismissed);
    assertThat(second.findElements(By.name("finalClass")))
        .as("a gene alert has no class")
        .isEmpty();
    second.findElement(By.name("reason")).sendKeys("FBXO11 was analysed: no variant in it.");
    second.findElement(By.cssSelector("#dismiss-" + dismissed + " button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("status"), "Alert " + dismissed + " dismissed"));

    assertThat(browser.findElements(By.cssSelector("article[data-id='" + dismissed + "']")))
        .isEmpty();
    assertThat(
            jdbc.sql("SELECT state || ' ' || decided_by FROM reanalysis_alert WHERE id = :id")
                .param("id", dismissed)
                .query(String.class)
                .single())
        .isEqualTo("DISMISSED lab.alerts");
  }

  private WebElement article(long id) {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("article[data-id='" + id + "']")));
  }

  private long order() throws Exception {
    if (patients.find(new NhsNumber(NHS)).isEmpty()) {
      patients.register(
          new Patient(new NhsNumber(NHS), "Alert Patient", LocalDate.of(2014, 5, 6), Sex.FEMALE));
    }
    accounts.save(
        new Account("dr.alerts", "Dr Alerts", Set.of(Role.CLINICIAN), "Alerts Hospital"),
        "dr-alerts-password");
    ApiClient clinician =
        ApiClient.withToken(
            port,
            accounts
                .issueToken("dr.alerts", "dr-alerts-password", "test", Duration.ofHours(1))
                .token());
    HttpResponse<String> placed =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "alerts-browser", "patient": "%s", "indication": "R29",
             "test": "R29.4", "laboratory": "%s", "hpoTerms": ["HP:0001249"],
             "researchParticipation": false, "recontact": false,
             "orderAnywayReason": "test data: several orders per patient"}
            """
                .formatted(NHS, HUB));
    assertThat(placed.statusCode()).as(placed.body()).isIn(200, 201);
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(placed.body())
        .get("id")
        .asLong();
  }

  private long alert(long order, String cause, String gene) {
    boolean variant = cause.startsWith("clinvar:");
    return jdbc.sql(
            """
            INSERT INTO reanalysis_alert (laboratory, order_id, nhs_number, rule, cause,
              variant_key, gene, reason, old_evidence, new_evidence, version_id, state)
            VALUES (:lab, :order, :nhs, :rule, :cause, :key, :gene, :reason, :old, :new,
              (SELECT max(id) FROM knowledge_version), 'OPEN')
            ON CONFLICT (order_id, cause) DO UPDATE SET state = 'OPEN'
            RETURNING id
            """)
        .param("lab", HUB)
        .param("order", order)
        .param("nhs", NHS)
        .param("rule", variant ? "CLINVAR_NOW_PATHOGENIC" : "PANEL_NEW_GREEN_GENE")
        .param("cause", cause)
        .param("key", variant ? "GRCh38:2:47838939:AG:-" : null)
        .param("gene", gene)
        .param(
            "reason",
            variant
                ? "ClinVar now classifies it Pathogenic"
                : "FBXO11 is now green on Intellectual disability v5.1")
        .param("old", variant ? "Reported VUS by lab.alerts on 2026-01-05" : "not on the panel")
        .param("new", variant ? "ClinVar 2026-02-26: Pathogenic (criteria provided)" : "green")
        .query(Long.class)
        .single();
  }
}
