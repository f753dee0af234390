package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The curation page in headless Chromium: an administrator opens the imported ClinicalTrials.gov
 * record of glecirasib (JAB-21822, KRAS G12C), reads its eligibility text, adds a KRAS p.G12C
 * condition to its arm (a protein change under the copy-number category is named at its field
 * first; the page passes the axe-core audit there), saves, and is told that the new match raised an
 * alert; the treating clinician then sees that alert with its reason on the trials page.
 */
// its own server and database: it reports a KRAS p.G12C case and curates NCT06008288, which the
// trial API tests' counts of matches and alerts would otherwise see, depending on the order
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "gms.test.context=trial-curation-browser")
class TrialCurationBrowserTest {

  private static final Path STUDY =
      Path.of("../../shared/reference/cancer/trials/clinicaltrials_gov/NCT06008288.json");
  private static final String NHS = NhsNumber.firstValidFrom(999_264_000L).value();
  private static final String HOSPITAL = "Curation Browser Hospital";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Patients patients;
  @Autowired DirectoryImports directory;
  @Autowired TrialCases cases;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void open() {
    Assumptions.assumeTrue(
        Files.exists(STUDY), "Skipped: shared reference ClinicalTrials.gov record");
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    directory.importBundledIfMissing();
    accounts.save(
        new Account("curator", "Trial Curator", Set.of(Role.ADMINISTRATOR), "GMS"),
        "curation-test-password");
    accounts.save(
        new Account("dr.curation", "Dr Curation", Set.of(Role.CLINICIAN), HOSPITAL),
        "curation-test-password");
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAdministratorCuratesOneCriterionAndTheMatchAppears() throws Exception {
    HttpResponse<String> imported =
        client("curator")
            .post(
                "/api/trials/imports/clinicaltrials-gov?file=NCT06008288.json",
                "application/json",
                Files.readAllBytes(STUDY));
    assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
    long order = order();
    cases.report(
        new TrialCase(
            9301,
            order,
            new NhsNumber(NHS),
            new CaseProfile(
                "case 9301",
                "LUAD",
                61,
                "female",
                null,
                null,
                List.of(Alteration.mutation("KRAS", "G12C", "Missense_Mutation"))),
            Instant.now()));

    login("curator");
    browser.get("http://localhost:" + port + "/trial-curation.html");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("records"), "NCT06008288"));
    browser.findElement(By.linkText("NCT06008288")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "NCT06008288"));
    assertThat(browser.findElement(By.id("eligibility")).getText()).containsIgnoringCase("KRAS");
    assertThat(browser.findElement(By.id("arm0-current")).getText())
        .contains("No criteria curated");

    browser.findElement(By.id("arm0-add")).click();
    browser.findElement(By.id("arm0-c0-gene")).sendKeys("kras");
    browser.findElement(By.id("arm0-c0-proteinChange")).sendKeys("p.G12C");
    new Select(browser.findElement(By.id("arm0-c0-variantCategory")))
        .selectByValue("Copy Number Variation");
    browser.findElement(By.cssSelector("#arm0-form button[type=submit]")).click();
    WebElement error =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("arm0-c0-proteinChange-error")));
    assertThat(error.getText()).contains("needs the variant category Mutation");
    assertThat(Axe.seriousViolations(browser))
        .as("accessibility of %s", browser.getCurrentUrl())
        .isEmpty();

    new Select(browser.findElement(By.id("arm0-c0-variantCategory"))).selectByValue("Mutation");
    browser.findElement(By.cssSelector("#arm0-form button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("status"), "1 new match raised an alert"));
    assertThat(browser.findElement(By.id("arm0-current")).getText()).contains("KRAS p.G12C");
    assertThat(browser.findElement(By.id("arm0-c0-gene")).getAttribute("value")).isEqualTo("KRAS");

    browser.manage().deleteAllCookies();
    login("dr.curation");
    browser.get("http://localhost:" + port + "/trials.html");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "NCT06008288"));
    assertThat(browser.findElement(By.id("alerts")).getText())
        .contains("KRAS p.G12C (Missense_Mutation) meets KRAS p.G12C");
  }

  private void login(String user) {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("curation-test-password", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), "Curat"));
  }

  private ApiClient client(String user) throws Exception {
    return ApiClient.withToken(
        port,
        accounts.issueToken(user, "curation-test-password", "test", Duration.ofHours(1)).token());
  }

  private long order() throws Exception {
    if (patients.find(new NhsNumber(NHS)).isEmpty()) {
      patients.register(
          new Patient(
              new NhsNumber(NHS), "Curation Patient", LocalDate.of(1965, 2, 3), Sex.FEMALE));
    }
    HttpResponse<String> placed =
        client("dr.curation")
            .post(
                "/api/orders",
                "application/json",
                """
                {"requestKey": "curation-browser", "patient": "%s", "indication": "R29",
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
