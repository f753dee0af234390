package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trials page in headless Chromium: a clinician whose patient's reported case (an ALK fusion in
 * a sarcoma) matches the bundled CAPTUR trial sees the new-match alerts, dismisses one with a
 * reason, and opens the trial to read the arm's criteria and their patient among its matches.
 */
class TrialsBrowserTest extends BrowserTest {

  private static final String NHS = NhsNumber.firstValidFrom(999_230_000L).value();
  private static final String HOSPITAL = "Trials Browser Hospital";

  @Autowired TrialCases cases;

  TrialsBrowserTest() {
    super(
        Duration.ofSeconds(15),
        new User("dr.trials", "Dr Trials", Role.CLINICIAN, HOSPITAL, "trials-test-password"));
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

    logIn("dr.trials", "trials-test-password", "Trials");
    browser.get(url("/trials.html"));
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
    registerIfMissing(
        new Patient(new NhsNumber(NHS), "Trial Patient", LocalDate.of(1980, 5, 6), Sex.MALE));
    return placeOrder(
        api("dr.trials", "trials-test-password"), "trials-browser", NHS, "North West GLH");
  }
}
