package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gms.genomics.cancer.trial.Alteration;
import org.gms.genomics.cancer.trial.CaseProfile;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Sex;
import org.gms.server.trials.TrialCase;
import org.gms.server.trials.TrialCases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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
class TrialCurationBrowserTest extends BrowserTest {

  private static final Path STUDY =
      Path.of("../../shared/reference/cancer/trials/clinicaltrials_gov/NCT06008288.json");
  private static final String NHS = NhsNumber.firstValidFrom(999_264_000L).value();
  private static final String HOSPITAL = "Curation Browser Hospital";

  @Autowired TrialCases cases;

  TrialCurationBrowserTest() {
    super(
        Duration.ofSeconds(20),
        new User("curator", "Trial Curator", Role.ADMINISTRATOR, "GMS", "curation-test-password"),
        new User("dr.curation", "Dr Curation", Role.CLINICIAN, HOSPITAL, "curation-test-password"));
  }

  @BeforeEach
  void open() {
    Assumptions.assumeTrue(
        Files.exists(STUDY), "Skipped: shared reference ClinicalTrials.gov record");
  }

  @Test
  void anAdministratorCuratesOneCriterionAndTheMatchAppears() throws Exception {
    HttpResponse<String> imported =
        api("curator", "curation-test-password")
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
    browser.get(url("/trial-curation.html"));
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
    browser.get(url("/trials.html"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "NCT06008288"));
    assertThat(browser.findElement(By.id("alerts")).getText())
        .contains("KRAS p.G12C (Missense_Mutation) meets KRAS p.G12C");
  }

  private void login(String user) {
    logIn(user, "curation-test-password", "Curat");
  }

  private long order() throws Exception {
    registerIfMissing(
        new Patient(new NhsNumber(NHS), "Curation Patient", LocalDate.of(1965, 2, 3), Sex.FEMALE));
    return placeOrder(
        api("dr.curation", "curation-test-password"), "curation-browser", NHS, "North West GLH");
  }
}
