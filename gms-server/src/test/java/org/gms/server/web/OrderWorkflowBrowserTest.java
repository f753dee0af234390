package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clinician's and the scientist's journeys end to end in headless Chromium, through the pages:
 * the clinician finds the test from a clinical word, registers the patient and orders a trio genome
 * once (a double click, Enter in the HPO box and a second order of the same test make no second
 * order); the laboratory receives the sample, uploads the family's VCF (carrying the de novo FBXO11
 * frameshift of PMID 30057029, individual 10), reviews the evidence in place, is warned before
 * leaving a Tier 1 candidate out, keeps its draft across a reload and authorises; the clinician
 * reads the report, its PDF and its FHIR; a researcher sees the research page and no clinical work.
 */
class OrderWorkflowBrowserTest extends BrowserTest {

  private static final String CHILD = "9991000372";
  private static final String MOTHER = "9991000119";
  private static final String FATHER = "9991000127";
  private static final String TRIO =
      """
      ##fileformat=VCFv4.2
      ##contig=<ID=chr2,length=242193529>
      ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
      #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tchild\tmum\tdad
      chr2\t47838938\t.\tAAG\tA\t500\tPASS\t.\tGT\t0/1\t0/0\t0/0
      """;

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @TempDir Path dir;

  OrderWorkflowBrowserTest() {
    super(
        Duration.ofSeconds(120),
        new User("dr.flow", "Dr Flow", Role.CLINICIAN, "Flow Hospital", "flow-clinician-password"),
        new User(
            "lab.flow",
            "Lab Flow",
            Role.LABORATORY_SCIENTIST,
            "Flow Hub",
            "flow-scientist-password"));
  }

  @BeforeEach
  void open() {
    register(MOTHER, Sex.FEMALE);
    register(FATHER, Sex.MALE);
  }

  @Test
  void
      aClinicianFindsTheTestRegistersOrdersOnceTheLaboratoryReviewsAndAuthorisesAndTheClinicianReadsThePdf()
          throws Exception {
    logIn("dr.flow", "flow-clinician-password", "Dr Flow");
    // finding the test from a clinical word
    browser.get(url("/"));
    browser.findElement(By.id("q")).sendKeys("seizures", Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "match"));
    assertThat(firstCodes(3)).contains("R59");
    assertThat(browser.findElements(By.cssSelector(".skip-link"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("nav.pages")).getText())
        .contains("My orders", "Register a patient")
        .doesNotContain("Research", "Work queue");
    browser.findElement(By.linkText("R59")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "R59"));
    assertThat(browser.findElement(By.cssSelector(".order-test")).getDomAttribute("href"))
        .contains("indication=R59");

    // registering the patient: the NHS number is checked next to the field first
    browser.get(url("/register.html"));
    type("nhs-number", "9991000101");
    type("name", "Journey Child");
    browser.findElement(By.id("register-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("nhs-number-error"), "not a valid NHS number"));
    type("nhs-number", CHILD);
    browser.findElement(By.id("date-of-birth")).sendKeys("01062017");
    new Select(browser.findElement(By.id("sex"))).selectByValue("male");
    browser.findElement(By.id("register-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "is registered"));
    // the equity fields recorded afterwards, from the same choices as at registration
    type("equity-nhs-number", CHILD);
    new Select(browser.findElement(By.id("equity-ethnic-category"))).selectByValue("H");
    new Select(browser.findElement(By.id("equity-imd-decile"))).selectByValue("3");
    browser.findElement(By.id("equity-button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("equity-status"), "ethnic category H, deprivation decile 3"));

    // ordering from the indication page: once, whatever the double click or Enter
    browser.get(url("/indication.html?code=R29"));
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Order R29.4"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test"), "R29.4"));
    type("patient", CHILD + Keys.TAB);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("patient-name"), "Journey Child"));
    new Select(browser.findElement(By.id("laboratory"))).selectByVisibleText("Flow Hub");
    type("hpo", "HP:0001263, HP:0000218, HP:0004467, HP:0000431");
    type("hpo-search", "intellectual disability" + Keys.ENTER);
    wait.until(ExpectedConditions.attributeContains(By.id("hpo"), "value", "HP:0001249"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("hpo-chosen"), "Intellectual disability (HP:0001249)"));
    assertThat(ordersOf(CHILD)).as("Enter in the HPO box submits nothing").isZero();
    type("family", MOTHER + ":mother, " + FATHER + ":father");
    browser.findElement(By.id("research")).click();
    // the test's eligibility is shown (v5.1 states none) and must be answered before ordering
    assertThat(browser.findElement(By.id("eligibility-criteria")).getText())
        .contains("states no eligibility criteria for R29");
    browser.findElement(By.id("submit-order")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("eligibility-met-error"), "meets the eligibility criteria"));
    assertThat(ordersOf(CHILD)).as("no order without the eligibility answer").isZero();
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the order form").isEmpty();
    browser.findElement(By.id("eligibility-met")).click();
    new org.openqa.selenium.interactions.Actions(browser)
        .doubleClick(browser.findElement(By.id("submit-order")))
        .perform();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "submitted"));
    String id =
        browser.findElement(By.id("order-status")).getText().replaceAll(".*#(\\d+).*", "$1");
    assertThat(ordersOf(CHILD)).as("a double click orders once").isEqualTo(1);
    assertThat(browser.findElement(By.id("patient")).getDomProperty("value")).isEmpty();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("orders"), "Journey Child"));
    assertThat(browser.findElement(By.id("orders")).getText()).contains("#" + id, "Routine");
    // the same test again: a warning, and ordering anyway needs a reason
    type("patient", CHILD + Keys.TAB);
    type("indication", "R29" + Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test"), "R29.4"));
    new Select(browser.findElement(By.id("test"))).selectByValue("R29.4");
    new Select(browser.findElement(By.id("laboratory"))).selectByVisibleText("Flow Hub");
    type("hpo", "HP:0001249");
    browser.findElement(By.id("eligibility-met")).click();
    browser.findElement(By.id("submit-order")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("duplicate")));
    assertThat(browser.findElement(By.id("duplicate-message")).getText())
        .contains("already has an open order for this test", "#" + id);
    browser.findElement(By.id("order-anyway")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("order-anyway-reason-error"), "Say why"));
    assertThat(ordersOf(CHILD)).isEqualTo(1);
    logOut();

    logIn("lab.flow", "flow-scientist-password", "Lab Flow");
    browser.get(url("/order.html?id=" + id));
    awaitOrderPage(id);
    assertThat(browser.getTitle()).contains("Order #" + id, "Journey Child");
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("Intellectual disability (HP:0001249)", "Dr Flow", "Routine")
        .contains("the requester confirmed the patient meets the criteria");
    type("barcode", "FLOW-0001");
    browser.findElement(By.cssSelector("#receive button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "sample received"));
    new Select(browser.findElement(By.id("next-state"))).selectByValue("SEQUENCING");
    browser.findElement(By.cssSelector("#move button")).click();
    // (the indication's name says "sequencing" too: wait for the history's new row)
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "sequencing"));
    // a sequencing order takes no more samples: the form is gone
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("receive")));
    Path vcf = Files.writeString(dir.resolve("trio.vcf"), TRIO);
    browser.findElement(By.id("vcf")).sendKeys(vcf.toString());
    type("sample-" + CHILD, "child");
    type("sample-" + MOTHER, "mum");
    type("sample-" + FATHER, "dad");
    browser.findElement(By.cssSelector("#analyse button")).click();
    awaitReview();
    assertThat(browser.findElement(By.id("candidates")).getText())
        .contains("FBXO11", "Tier 1", "GRCh38 2:47838938 AAG>A")
        // the trio VCF carries no in-silico scores: the column says so rather than showing zeros
        .contains("Predictor scores", "none in the VCF");
    var geneFilter = browser.findElement(By.id("filter-gene"));
    geneFilter.sendKeys("BRCA1");
    wait.until(ExpectedConditions.textToBe(By.id("filter-count"), "0 of 1 candidates shown."));
    geneFilter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    wait.until(ExpectedConditions.textToBe(By.id("filter-count"), "1 of 1 candidates shown."));
    // the evidence in place, with links out
    browser.findElement(By.cssSelector(".evidence-toggle")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-1")));
    assertThat(browser.findElement(By.id("evidence-1")).getText())
        .contains("PVS1", "Population frequency", "ClinVar", "gnomAD", "OMIM", "DECIPHER");
    assertThat(browser.getCurrentUrl()).contains("/order.html?id=" + id);
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the review").isEmpty();
    // leaving the Tier 1 candidate out needs an explicit confirmation
    type("conclusion", "No diagnosis.");
    browser.findElement(By.id("authorise-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-panel")));
    assertThat(browser.findElement(By.id("unreported-list")).getText())
        .contains("Tier 1 candidate 1: FBXO11");
    browser.findElement(By.id("confirm-authorise")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("confirm-unreported-error"), "Confirm that the Tier 1/2 candidates"));
    browser.findElement(By.id("confirm-back")).click();
    // the review is a draft on the server: ticks, class, comment and conclusion survive a reload
    browser.findElement(By.cssSelector(".report-tick[data-rank='1']")).click();
    new Select(browser.findElement(By.cssSelector("#candidates tbody tr:first-child .final-class")))
        .selectByValue("P");
    type("conclusion", "A de novo pathogenic FBXO11 frameshift explains the phenotype.");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "saved"));
    browser.navigate().refresh();
    awaitReview();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "restored"));
    assertThat(browser.findElement(By.cssSelector(".report-tick[data-rank='1']")).isSelected())
        .isTrue();
    assertThat(browser.findElement(By.id("conclusion")).getDomProperty("value"))
        .startsWith("A de novo pathogenic FBXO11");
    browser.findElement(By.id("preview-button")).click();
    wait.until(
        ExpectedConditions.attributeContains(
            By.id("preview"), "srcdoc", "PREVIEW, not authorised"));
    assertThat(browser.findElement(By.id("preview")).getDomAttribute("srcdoc")).contains("FBXO11");
    browser.findElement(By.id("authorise-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-panel")));
    browser.findElement(By.id("confirm-authorise")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "authorised"));
    logOut();

    logIn("dr.flow", "flow-clinician-password", "Dr Flow");
    browser.get(url("/order.html?id=" + id));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-pdf")));
    String pdf = browser.findElement(By.id("report-pdf")).getDomAttribute("href");
    Object answer =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>"
                    + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength"
                    + " + ' ' + new TextDecoder().decode(b.slice(0, 5)))));",
                pdf);
    assertThat(String.valueOf(answer)).startsWith("200 application/pdf").endsWith("%PDF-");
    browser.findElement(By.id("report")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "FBXO11"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Genomic test report", "c.506_507del", "Pathogenic", "lab.flow")
        .doesNotContain("Likely pathogenic");
    browser.get(url("/order.html?id=" + id));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("report-fhir"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("document"), "DiagnosticReport"));
    assertThat(browser.findElement(By.id("document")).getText()).contains("\n  \"");

    // the patient's record, from the order page: the report and the classification on the timeline
    browser.get(url("/order.html?id=" + id));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("patient-record"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Journey Child"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "Report of order #" + id + " authorised by lab.flow"));
    assertThat(browser.findElement(By.id("family")).getText())
        .contains("Flow " + MOTHER, "mother", "Flow " + FATHER, "father");
    assertThat(browser.findElement(By.id("variants")).getText())
        .contains("FBXO11", "GRCh38:2:47838939:AG:-", "Pathogenic", "lab.flow", "PVS1");
    assertThat(browser.findElement(By.id("hpo")).getText())
        .contains("HP:0001249", "Intellectual disability");
    assertThat(browser.findElement(By.id("consents")).getText()).contains("Research participation");
  }

  @Test
  void aResearcherSeesTheResearchPageAndNoClinicalWork() {
    accounts.save(
        new Account("res.flow", "Res Flow", Set.of(Role.RESEARCHER), "Flow Research"),
        "flow-researcher-password");
    logIn("res.flow", "flow-researcher-password", "Res Flow");
    assertThat(browser.findElement(By.cssSelector("nav.pages")).getText())
        .contains("Research")
        .doesNotContain("My orders", "Work queue", "Register a patient");
    browser.get(url("/research.html"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("individual-count"), "agreed to research"));
    type("count-term", "HP:0001249" + Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("count-answer"), "Intellectual disability"));
    type("beacon-gene", "FBXO11" + Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("beacon-answer"), "FBXO11"));
    browser.get(url("/orders.html"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "research page"));
    assertThat(browser.findElement(By.id("new-order")).isDisplayed()).isFalse();
  }

  private List<String> firstCodes(int n) {
    return browser.findElements(By.cssSelector("#results tbody tr td:first-child")).stream()
        .limit(n)
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  private long ordersOf(String nhs) {
    return jdbc.sql("SELECT count(*) FROM test_order WHERE patient_nhs_number = :nhs")
        .param("nhs", nhs)
        .query(Long.class)
        .single();
  }

  /**
   * The analysis has finished and the review table is shown; on a timeout, says what the page
   * shows.
   */
  private void awaitReview() {
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".report-tick")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "No candidates to review. Status: '"
              + browser.findElement(By.id("status")).getText()
              + "'; runs: '"
              + browser.findElement(By.id("runs")).getText()
              + "'; order: '"
              + browser.findElement(By.id("facts")).getText()
              + "'",
          e);
    }
  }

  /** The order page has shown the order (or says why not). */
  private void awaitOrderPage(String id) {
    try {
      wait.withTimeout(Duration.ofSeconds(30))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "#" + id));
    } finally {
      wait.withTimeout(Duration.ofSeconds(120));
    }
    assertThat(browser.findElement(By.id("status")).getText()).isEmpty();
  }

  private void register(String nhs, Sex sex) {
    registerIfMissing(
        new Patient(new NhsNumber(nhs), "Flow " + nhs, LocalDate.of(2017, 6, 1), sex));
  }
}
