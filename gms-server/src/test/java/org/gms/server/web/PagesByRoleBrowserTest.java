package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's pages in headless Chromium: the masthead offers a role its own work and nothing it
 * cannot use (an administrator runs the service, not its clinical work), and every main page passes
 * an automated accessibility audit (axe-core, WCAG 2 A/AA) with no serious or critical violation.
 */
class PagesByRoleBrowserTest extends BrowserTest {

  PagesByRoleBrowserTest() {
    super(Duration.ofSeconds(60));
  }

  @Test
  void publicPagesPassTheAudit() {
    browser.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    audit();
    browser.get(url("/"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), "Log in"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results tbody tr")));
    audit();
    browser.get(url("/indication.html?code=R59"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "R59"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#panels > *")));
    audit();
    browser.get(url("/performance.html"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    audit();
  }

  /** The audit can fail: an unnamed button and an unlabelled field added to a page are found. */
  @Test
  void theAuditFindsSeriousViolations() {
    browser.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "const b = document.createElement('button'); b.id = 'unnamed';"
                + " const i = document.createElement('input'); i.id = 'unlabelled';"
                + " document.body.append(b, i);");

    assertThat(String.join("\n", Axe.seriousViolations(browser)))
        .contains("button-name (critical)", "#unnamed")
        .contains("label (critical)", "#unlabelled");
  }

  @Test
  void aClinicianSeesOrdersCancerOrdersAndRegistrationAndItsPagesPassTheAudit() {
    logIn("role.clinician", Role.CLINICIAN);
    assertThat(pages())
        .containsExactly(
            "Test directory",
            "My orders",
            "Order a cancer test",
            "Register a patient",
            "Clinical trials");
    browser.get(url("/orders.html"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-order")));
    audit();
    browser.get(url("/cancer-order.html?indication=M4"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancer-order")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test"), "M4.13"));
    audit();
    browser.get(url("/register.html"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main form")));
    audit();
    browser.get(url("/trials.html"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
    audit();
  }

  @Test
  void aScientistSeesTheWorkQueueAndReanalysisAndItsPagesPassTheAudit() {
    logIn("role.scientist", Role.LABORATORY_SCIENTIST);
    assertThat(pages())
        .containsExactly("Test directory", "Work queue", "Re-analysis", "Clinical trials");
    browser.get(url("/orders.html"));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Work queue"));
    assertThat(browser.findElement(By.id("new-order")).isDisplayed()).isFalse();
    audit();
    browser.get(url("/alerts.html"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.pages a")));
    audit();
  }

  @Test
  void aResearcherSeesTheResearchPageOnlyAndItPassesTheAudit() {
    logIn("role.researcher", Role.RESEARCHER);
    assertThat(pages()).containsExactly("Test directory", "Research");
    browser.get(url("/research.html"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("individual-count"), "agreed to research"));
    audit();
  }

  @Test
  void aServiceManagerSeesTheDashboardAndItPassesTheAudit() {
    logIn("role.manager", Role.SERVICE_MANAGER);
    assertThat(pages())
        .containsExactly("Test directory", "Clinical trials", "Management dashboard");
    browser.get(url("/dashboard.html"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tiles > *")));
    audit();
  }

  @Test
  void anAdministratorSeesAdministrationNotClinicalWork() {
    logIn("role.admin", Role.ADMINISTRATOR);
    assertThat(pages()).containsExactly("Test directory", "Management dashboard", "Administration");
    browser.get(url("/admin.html"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports"), "directory"));
    audit();
    browser.findElement(By.id("start-job")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Re-analysis job #"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("jobs"), "batch requested by role.admin"));
    // clinical pages are not the administrator's: the orders page sends them back to their own
    browser.get(url("/orders.html"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "work is elsewhere"));
    assertThat(browser.findElement(By.id("new-order")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("orders")).isDisplayed()).isFalse();
    assertThat(
            browser
                .findElement(By.linkText("Open the administration page"))
                .getDomAttribute("href"))
        .isEqualTo("/admin.html");
    // and the administration page is not anyone else's
    logOut();
    logIn("role.clinician2", Role.CLINICIAN);
    browser.get(url("/admin.html"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("status"), "for the service's administrators"));
    assertThat(browser.findElement(By.id("reanalysis")).isDisplayed()).isFalse();
  }

  private void audit() {
    List<String> violations = Axe.seriousViolations(browser);
    assertThat(violations)
        .as("serious or critical accessibility violations on %s", browser.getCurrentUrl())
        .isEmpty();
  }

  private List<String> pages() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.pages a")));
    return browser.findElements(By.cssSelector("nav.pages a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void logIn(String user, Role role) {
    if (accounts.find(user).isEmpty()) {
      accounts.save(
          new Account(user, "Person " + user, Set.of(role), "Role Test Organisation"),
          user + "-password");
    }
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user + "-password", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".session"), "Person " + user));
  }
}
