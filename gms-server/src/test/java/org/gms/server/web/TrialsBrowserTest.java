package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gms.genomics.cancer.trial.Alteration;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.ApiClient;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.gms.server.directory.DirectoryImports;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.gms.server.record.Sex;
import org.gms.server.trials.TrialCase;
import org.gms.server.trials.TrialCases;
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

/**
 * The trials page in headless Chromium: a clinician whose patient's reported case (an ALK fusion in
 * a sarcoma) matches the bundled CAPTUR trial sees the new-match alerts, dismisses one with a
 * reason, and opens the trial to read the arm's criteria and their patient among its matches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrialsBrowserTest {

  private static final String NHS = NhsNumber.firstValidFrom(999_230_000L).value();
  private static final String HOSPITAL = "Trials Browser Hospital";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Patients patients;
  @Autowired DirectoryImports directory;
  @Autowired TrialCases cases;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    directory.importBundledIfMissing();
    accounts.save(
        new Account("dr.trials", "Dr Trials", Set.of(Role.CLINICIAN), HOSPITAL),
        "trials-test-password");
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aClinicianReadsTheNewMatchesDismissesOneAndOpensTheTrial() throws Exception {
    long order = order();
    cases.report(
        new TrialCase(
            9001,
            order,
            new NhsNumber(NHS),
            new CaseProfile(
                "case 9001",
                "SARCNOS",
                45,
                "male",
                null,
                null,
                List.of(Alteration.fusion("ALK", "EML4").withOncogenic(true))),
            Instant.now()));

    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("dr.trials");
    browser.findElement(By.id("password")).sendKeys("trials-test-password", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), "Trials"));
    browser.get("http://localhost:" + port + "/trials.html");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trials"), "NCT03297606"));
    WebElement alert =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alerts article.alert")));
    assertThat(browser.findElement(By.id("alerts")).getText())
        .contains("NCT03297606 arm Group 3", "EML4::ALK fusion meets ALK fusion");
    String id = alert.getAttribute("data-id");
    alert.findElement(By.cssSelector("#dismiss-" + id + " input")).sendKeys("Not fit for a trial.");
    alert.findElement(By.cssSelector("#dismiss-" + id + " button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("status"), "Alert " + id + " dismissed"));
    assertThat(browser.findElements(By.cssSelector("article[data-id='" + id + "']"))).isEmpty();

    browser.findElement(By.linkText("NCT03297606")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "CAPTUR"));
    String page = browser.findElement(By.id("trial")).getText();
    assertThat(page).contains("Group 3", "ALK fusion", "not Non-Small Cell Lung Cancer");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trial"), "arm Group 3"));
  }

  private long order() throws Exception {
    if (patients.find(new NhsNumber(NHS)).isEmpty()) {
      patients.register(
          new Patient(new NhsNumber(NHS), "Trial Patient", LocalDate.of(1980, 5, 6), Sex.MALE));
    }
    ApiClient clinician =
        ApiClient.withToken(
            port,
            accounts
                .issueToken("dr.trials", "trials-test-password", "test", Duration.ofHours(1))
                .token());
    HttpResponse<String> placed =
        clinician.post(
            "/api/orders",
            "application/json",
            """
            {"requestKey": "trials-browser", "patient": "%s", "indication": "R29",
             "test": "R29.4", "laboratory": "North West GLH", "hpoTerms": ["HP:0001249"],
             "researchParticipation": false, "recontact": false,
             "orderAnywayReason": "test data: several orders per patient"}
            """
                .formatted(NHS));
    assertThat(placed.statusCode()).as(placed.body()).isIn(200, 201);
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(placed.body())
        .get("id")
        .asLong();
  }
}
