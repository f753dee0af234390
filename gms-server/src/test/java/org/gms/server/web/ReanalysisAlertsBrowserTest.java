package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Patient;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The laboratory's re-analysis worklist in headless Chromium: a scientist reads an alert's old and
 * new evidence, is told why an alert on a case without a report cannot be accepted, and dismisses
 * another with a reason. The alerts are raised directly in the database (what the re-analysis job
 * writes), on an order placed through the API.
 */
class ReanalysisAlertsBrowserTest extends BrowserTest {

  private static final String NHS = "9991000917";
  private static final String HUB = "Alerts Test Hub";

  @Autowired JdbcClient jdbc;

  ReanalysisAlertsBrowserTest() {
    super(
        Duration.ofSeconds(15),
        new User(
            "lab.alerts", "Lab Alerts", Role.LABORATORY_SCIENTIST, HUB, "alerts-test-password"));
  }

  @Test
  void aScientistReadsTheEvidenceAndDismissesAnAlertWithAReason() throws Exception {
    long order = order();
    long refused = alert(order, "clinvar:GRCh38:2:47838939:AG:-:PATHOGENIC", "FBXO11");
    long dismissed = alert(order, "panel:FBXO11", "FBXO11");

    logIn("lab.alerts", "alerts-test-password", "Lab");
    browser.get(url("/alerts.html"));

    WebElement first = article(refused);
    // the patient's name and number replace the formatted number once their record is read
    wait.until(ExpectedConditions.textToBePresentInElement(first, NHS));
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
    registerIfMissing(
        new Patient(new NhsNumber(NHS), "Alert Patient", LocalDate.of(2014, 5, 6), Sex.FEMALE));
    accounts.save(
        new Account("dr.alerts", "Dr Alerts", Set.of(Role.CLINICIAN), "Alerts Hospital"),
        "dr-alerts-password");
    return placeOrder(api("dr.alerts", "dr-alerts-password"), "alerts-browser", NHS, HUB);
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
