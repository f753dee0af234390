package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clinical workflow end to end in headless Chromium: a clinician orders a trio genome, the
 * laboratory receives the sample, uploads the family's VCF (carrying the de novo FBXO11 frameshift
 * of PMID 30057029, individual 10), runs the analysis and authorises the report, and the clinician
 * reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderWorkflowBrowserTest {

  private static final String CHILD = "9991000100";
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

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Patients patients;
  @Autowired DirectoryImports imports;
  @TempDir Path dir;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void open() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    imports.importBundledIfMissing();
    accounts.save(
        new Account("dr.flow", "Dr Flow", Set.of(Role.CLINICIAN), "Flow Hospital"),
        "flow-clinician-password");
    accounts.save(
        new Account("lab.flow", "Lab Flow", Set.of(Role.LABORATORY_SCIENTIST), "Flow Hub"),
        "flow-scientist-password");
    register(CHILD, Sex.MALE);
    register(MOTHER, Sex.FEMALE);
    register(FATHER, Sex.MALE);
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aClinicianOrdersTheLaboratoryAnalysesAndAuthorisesAndTheClinicianReadsTheReport()
      throws Exception {
    logIn("dr.flow", "flow-clinician-password", "Dr Flow");
    browser.get(url("/orders.html"));
    type("patient", CHILD);
    type("indication", "R29" + Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test"), "R29.4"));
    new Select(browser.findElement(By.id("test"))).selectByValue("R29.4");
    type("laboratory", "Flow Hub");
    type("hpo", "HP:0001263, HP:0000218, HP:0004467, HP:0000431");
    // a term chosen from the search box's suggestions is added to the list
    type("hpo-search", "HP:0001249 Intellectual disability");
    wait.until(ExpectedConditions.attributeContains(By.id("hpo"), "value", "HP:0001249"));
    type("family", MOTHER + ":mother, " + FATHER + ":father");
    browser.findElement(By.id("research")).click();
    browser.findElement(By.cssSelector("#new-order button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "submitted"));
    String status = browser.findElement(By.id("order-status")).getText();
    String id = status.replaceAll(".*#(\\d+).*", "$1");
    logOut();

    logIn("lab.flow", "flow-scientist-password", "Lab Flow");
    browser.get(url("/order.html?id=" + id));
    awaitOrderPage(id);
    type("barcode", "FLOW-0001");
    browser.findElement(By.cssSelector("#receive button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "sample received"));
    new Select(browser.findElement(By.id("next-state"))).selectByValue("SEQUENCING");
    browser.findElement(By.cssSelector("#move button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("facts"), "sequencing"));
    Path vcf = Files.writeString(dir.resolve("trio.vcf"), TRIO);
    browser.findElement(By.id("vcf")).sendKeys(vcf.toString());
    type("sample-" + CHILD, "child");
    type("sample-" + MOTHER, "mum");
    type("sample-" + FATHER, "dad");
    browser.findElement(By.cssSelector("#analyse button")).click();
    awaitReview();
    assertThat(browser.findElement(By.id("candidates")).getText()).contains("FBXO11", "Tier 1");
    var geneFilter = browser.findElement(By.id("filter-gene"));
    geneFilter.sendKeys("BRCA1");
    wait.until(ExpectedConditions.textToBe(By.id("filter-count"), "0 of 1 candidates shown."));
    geneFilter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    wait.until(ExpectedConditions.textToBe(By.id("filter-count"), "1 of 1 candidates shown."));
    browser.findElement(By.cssSelector(".report-tick[data-rank='1']")).click();
    // the scientist's final classification: the published case was reported pathogenic
    new Select(browser.findElement(By.cssSelector("#candidates tbody tr:first-child .final-class")))
        .selectByValue("P");
    type("conclusion", "A de novo pathogenic FBXO11 frameshift explains the phenotype.");
    browser.findElement(By.id("preview-button")).click();
    wait.until(
        ExpectedConditions.attributeContains(
            By.id("preview"), "srcdoc", "PREVIEW, not authorised"));
    assertThat(browser.findElement(By.id("preview")).getDomAttribute("srcdoc")).contains("FBXO11");
    browser.findElement(By.cssSelector("#authorise button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "authorised"));
    logOut();

    logIn("dr.flow", "flow-clinician-password", "Dr Flow");
    browser.get(url("/order.html?id=" + id));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "FBXO11"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("Genomic test report", "c.506_507del", "Pathogenic", "lab.flow")
        .doesNotContain("Likely pathogenic");

    // the patient's record, from the order page: the report and the classification on the timeline
    browser.get(url("/order.html?id=" + id));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("patient-record"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Flow " + CHILD));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "Report of order #" + id + " authorised by lab.flow"));
    assertThat(browser.findElement(By.id("family")).getText())
        .contains("Flow " + MOTHER, "mother", "Flow " + FATHER, "father");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Order #" + id + ": R29.4", "Sample FLOW-0001", "FBXO11 ");
    assertThat(browser.findElement(By.id("variants")).getText())
        .contains("FBXO11", "GRCh38:2:47838939:AG:-", "Pathogenic", "lab.flow", "PVS1");
    assertThat(browser.findElement(By.id("hpo")).getText())
        .contains("HP:0001249", "Intellectual disability");
    assertThat(browser.findElement(By.id("consents")).getText()).contains("Research participation");
    String all = browser.findElement(By.id("timeline-count")).getText();
    browser.findElement(By.id("show-tests")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("timeline-count"), all)));
    assertThat(browser.findElement(By.id("timeline")).getText())
        .doesNotContain("Sample FLOW-0001")
        .contains("authorised by lab.flow");
    assertThat(browser.findElement(By.id("fhir-export")).getDomAttribute("href"))
        .isEqualTo("/api/patients/" + CHILD + "/record/fhir");
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
    if (patients.find(new NhsNumber(nhs)).isEmpty()) {
      patients.register(
          new Patient(new NhsNumber(nhs), "Flow " + nhs, LocalDate.of(2017, 6, 1), sex));
    }
  }

  private void logIn(String user, String password, String displayName) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".session"), displayName));
  }

  private void logOut() {
    browser.get(url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".session button"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), "Log in"));
  }

  private void type(String id, String text) {
    var field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
