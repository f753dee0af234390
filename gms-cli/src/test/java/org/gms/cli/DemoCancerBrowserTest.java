package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cancer demo case in the browser after {@code ./gms demo}: the clinician opens the molecular
 * tumour board page of the lung adenocarcinoma, sees tier I first with its therapy, the TMB, the
 * authorised report (HTML, PDF and FHIR links), and the plasma sample's VAF change with EGFR T790M
 * flagged as a new resistance variant.
 */
class DemoCancerBrowserTest {

  @Test
  void theClinicianReadsTheTumourBoardPageAndReport() throws Exception {
    try (DemoBrowser demo = DemoBrowser.start("demo-cancer")) {
      long caseId = DemoCommand.CANCER_CASE.get().orElseThrow();
      ChromeDriver browser = demo.browser;
      WebDriverWait wait = demo.wait;
      String base = demo.base;
      demo.logIn("clinician", "Dr Clare Clinician");

      browser.get(base + "/mtb.html?case=" + caseId);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("title"), "Lung Adenocarcinoma"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings tr")));
      String first = browser.findElement(By.cssSelector("#findings tr:first-child")).getText();
      assertThat(first).contains("Tier I");
      String findings = browser.findElement(By.id("findings")).getText();
      assertThat(findings).contains("EGFR").contains("ROS1").containsIgnoringCase("crizotinib");
      assertThat(browser.findElement(By.id("biomarkers")).getText()).contains("mutations/Mb");
      assertThat(browser.findElement(By.id("samples")).getText()).contains("40%");
      assertThat(browser.findElement(By.id("report")).getText()).contains("Authorised");

      // the plasma sample's run may still be going: reload until its VAF is on the chart
      wait.until(
          driver -> {
            driver.navigate().refresh();
            try {
              Thread.sleep(1000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return driver.findElement(By.id("ctdna")).getText().contains("new resistance variant");
          });
      String ctdna = browser.findElement(By.id("ctdna")).getText();
      System.out.println("demo ctDNA: " + ctdna);
      assertThat(ctdna).contains("T790M").contains("35.0%").contains("10.0%");

      browser.findElement(By.linkText("Report (HTML)")).click();
      wait.until(ExpectedConditions.titleContains("Cancer genomic report"));
      assertThat(browser.findElement(By.tagName("body")).getText())
          .contains("Findings reported")
          .contains("EGFR");

      Cookie session = browser.manage().getCookieNamed("JSESSIONID");
      HttpResponse<String> fhir =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(base + "/api/oncology/cases/" + caseId + "/report"))
                      .header("Accept", "application/fhir+json")
                      .header("Cookie", "JSESSIONID=" + session.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(fhir.statusCode()).isEqualTo(200);
      assertThat(fhir.body()).contains("\"resourceType\":\"Bundle\"").contains("94076-7");
    }
  }
}
