package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gms.server.ApiClient;
import org.gms.server.FhirValidation;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The cancer journey through the pages in headless Chromium: a clinician orders M4.13 for a lung
 * adenocarcinoma (tumour type chosen from OncoTree, FFPE expected at 40%); the laboratory records
 * the FFPE block (40% tumour), uploads the demo case's tumour VCF (CD74-ROS1 fusion, EGFR L858R)
 * and follows the run; the tumour board page shows tier I with crizotinib, TMB and a matched trial;
 * the scientist decides and authorises; a later plasma sample shows L858R falling and T790M
 * appearing; the clinician reads the report and its FHIR bundle validates. Wrong input is shown at
 * its field in words.
 */
class CancerJourneyBrowserTest extends BrowserTest {

  private static final String NHS = NhsNumber.firstValidFrom(999_240_000L).value();
  private static final String LAB = "Cancer Journey GLH";

  CancerJourneyBrowserTest() {
    super(
        Duration.ofSeconds(60),
        new User("dr.lung", "Dr Lung", Role.CLINICIAN, "Lung Clinic", "lung-clinician-password"),
        new User(
            "lab.lung", "Lab Lung", Role.LABORATORY_SCIENTIST, LAB, "lung-scientist-password"));
  }

  /** Registers the patient through the API, as the clinician. */
  private void registerThePatient() throws Exception {
    ApiClient clinician = api("dr.lung", "lung-clinician-password");
    HttpResponse<String> registered =
        clinician.post(
            "/api/patients",
            "application/json",
            """
            {"nhsNumber": "%s", "name": "Sarah Journey", "dateOfBirth": "1974-03-14",
             "sex": "female"}
            """
                .formatted(NHS));
    assertThat(registered.statusCode()).as(registered.body()).isIn(200, 201, 409);
  }

  @Test
  void aLungCancerIsOrderedReceivedAnalysedDecidedAuthorisedAndReadThroughThePages()
      throws Exception {
    registerThePatient();
    // the clinician orders M4.13 from the directory's indication page
    logIn("dr.lung", "lung-clinician-password", "Dr Lung");
    assertThat(browser.findElement(By.cssSelector("nav.pages")).getText())
        .contains("Order a cancer test");
    browser.get(url("/indication.html?code=M4"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Order M4.13"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test"), "M4.13"));
    assertThat(new Select(browser.findElement(By.id("test"))).getFirstSelectedOption().getText())
        .startsWith("M4.13");
    type("patient", NHS + Keys.TAB);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("patient-name"), "Sarah Journey"));
    browser.findElement(By.id("eligibility-met")).click();
    type("tumour-type", "LUNGX");
    type("histology", "adenocarcinoma, acinar predominant");
    type("primary-site", "right upper lobe");
    type("stage", "IVA");
    new Select(browser.findElement(By.id("sample-type"))).selectByValue("ffpe");
    type("cellularity", "140");
    new Select(browser.findElement(By.id("laboratory"))).selectByVisibleText(LAB);
    browser.findElement(By.id("submit-order")).click();
    // wrong input is named at its field, and nothing is ordered
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tumour-type-error"), "not an OncoTree code"));
    assertThat(browser.findElement(By.id("cellularity-error")).getText()).contains("0 to 100");
    assertThat(Axe.seriousViolations(browser))
        .as("accessibility of %s", browser.getCurrentUrl())
        .isEmpty();
    type("tumour-type", "LUAD" + Keys.TAB);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tumour-type-name"), "Lung Adenocarcinoma"));
    type("cellularity", "40");
    browser.findElement(By.id("submit-order")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "cancer case"));
    String caseLink =
        browser.findElement(By.partialLinkText("samples and analysis")).getDomAttribute("href");
    assertThat(caseLink).startsWith("/cancer-case.html?case=");
    long caseId = Long.parseLong(caseLink.substring(caseLink.indexOf('=') + 1));
    String orderLink =
        browser.findElement(By.partialLinkText("Open order")).getDomAttribute("href");
    logOut();

    // the laboratory finds the order in its queue and records the FFPE block
    logIn("lab.lung", "lung-scientist-password", "Lab Lung");
    browser.get(url(orderLink));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("cancer-case"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Lung Adeno"));
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("right upper lobe", "IVA", "ffpe, 40% tumour (pathology)");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receive")));
    assertThat(browser.findElement(By.id("cellularity")).getDomProperty("value")).isEqualTo("40");
    browser.findElement(By.id("receive-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("barcode-error"), "Give the barcode"));
    type("barcode", "FFPE-J-0001");
    setDate("collected-on", LocalDate.now().minusMonths(6));
    browser.findElement(By.id("receive-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("receive-status"), "FFPE-J-0001 recorded"));
    assertThat(browser.findElement(By.id("samples")).getText()).contains("FFPE-J-0001", "40%");
    // the same barcode twice is refused at the barcode, in words
    type("barcode", "FFPE-J-0001");
    browser.findElement(By.id("receive-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("barcode-error"), "already has sample FFPE-J-0001"));
    assertThat(Axe.seriousViolations(browser))
        .as("accessibility of %s", browser.getCurrentUrl())
        .isEmpty();

    // uploads the tumour VCF and follows the run to its result
    upload("luad-tissue.vcf");
    WebElement board =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("#runs a[href^='/mtb.html']")));
    assertThat(browser.findElement(By.id("runs")).getText()).contains("succeeded");
    board.click();

    // the tumour board: tier I first with its therapy, TMB and a matched trial
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings tr")));
    String findings = browser.findElement(By.id("findings")).getText();
    assertThat(browser.findElement(By.cssSelector("#findings tr")).getText()).contains("Tier I");
    assertThat(findings).contains("EGFR", "ROS1").containsIgnoringCase("crizotinib");
    assertThat(browser.findElement(By.id("biomarkers")).getText()).contains("mutations/Mb");
    assertThat(browser.findElement(By.id("samples")).getText()).contains("40%");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trials"), "NCT"));
    assertThat(browser.findElement(By.id("trials")).getText()).doesNotContain("No open trial");
    decideEveryActionableFinding();
    browser.findElement(By.id("authorise")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "Authorised"));

    // months later: plasma, with the change in VAF on the board
    browser.get(url("/cancer-case.html?case=" + caseId));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receive")));
    new Select(browser.findElement(By.id("sample-type"))).selectByValue("plasma_ctdna");
    assertThat(browser.findElement(By.id("cellularity")).getDomProperty("value")).isEmpty();
    type("barcode", "PL-J-0002");
    browser.findElement(By.id("receive-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("receive-status"), "PL-J-0002 recorded"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-sample"), "PL-J"));
    upload("luad-plasma.vcf");
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#runs tr[data-state=SUCCEEDED]"), 2));
    logOut();

    // the clinician reads the board, the VAF change and the report
    logIn("dr.lung", "lung-clinician-password", "Dr Lung");
    browser.get(url("/mtb.html?case=" + caseId));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ctdna"), "T790M"));
    assertThat(browser.findElement(By.id("ctdna")).getText())
        .contains("35.0%", "10.0%", "new resistance variant");
    // the clinician records the targeted therapy started for the fusion (not in the future)
    WebElement finding =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("therapy-finding")));
    new Select(finding)
        .selectByVisibleText(
            finding.findElements(By.tagName("option")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains("ROS1"))
                .findFirst()
                .orElseThrow());
    type("therapy-name", "entrectinib");
    setDate("therapy-started", LocalDate.now().plusDays(3));
    browser.findElement(By.id("therapy-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("therapy-started-error"), "cannot be in the future"));
    setDate("therapy-started", LocalDate.now().minusDays(1));
    browser.findElement(By.id("therapy-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("therapies"), "entrectinib"));
    assertThat(Axe.seriousViolations(browser))
        .as("accessibility of %s", browser.getCurrentUrl())
        .isEmpty();
    String fhirLink =
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("FHIR")))
            .getDomAttribute("href");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Report (HTML)"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "EGFR"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Lung Adenocarcinoma", "40%");
    // the FHIR bundle as the clinician's browser receives it validates against the IG
    browser.get(url(fhirLink));
    String fhir = browser.findElement(By.tagName("body")).getText();
    assertThat(fhir)
        .contains("\"resourceType\":\"Bundle\"", "94076-7", "MedicationStatement", "entrectinib");
    assertThat(FhirValidation.errors(fhir)).isEmpty();
  }

  /** Reports every tier I/II finding still to decide, one click at a time. */
  private void decideEveryActionableFinding() {
    for (int i = 0; i < 20; i++) {
      List<WebElement> open =
          browser.findElements(By.cssSelector("#findings tr.actionable")).stream()
              .filter(
                  tr -> tr.findElement(By.cssSelector(".decision")).getText().equals("to decide"))
              .toList();
      if (open.isEmpty()) {
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("report"), "Ready to authorise"));
        return;
      }
      String gene = open.get(0).findElement(By.cssSelector("td")).getText();
      open.get(0).findElement(By.cssSelector("button[data-decision=REPORTED]")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("status"), gene + ": report recorded"));
      ((JavascriptExecutor) browser)
          .executeScript("document.getElementById('status').textContent = ''");
    }
    throw new AssertionError("findings left to decide after 20 decisions");
  }

  private void upload(String resource) throws URISyntaxException {
    Path vcf =
        Path.of(
            Objects.requireNonNull(getClass().getResource("/oncology/" + resource), resource)
                .toURI());
    browser.findElement(By.id("vcf")).sendKeys(vcf.toAbsolutePath().toString());
    type("target-mb", "1.2");
    browser.findElement(By.id("analyse-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("analyse-status"), "queued"));
  }

  private void setDate(String id, LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
  }
}
