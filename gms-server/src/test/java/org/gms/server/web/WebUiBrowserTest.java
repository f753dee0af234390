package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gms.server.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI in headless Chromium: a clinician logs in, searches the directory with the keyboard
 * and opens an indication.
 */
class WebUiBrowserTest extends BrowserTest {

  WebUiBrowserTest() {
    super(
        Duration.ofSeconds(15),
        new User(
            "dr.browser", "Dr Browser", Role.CLINICIAN, "Demo NHS Trust", "browser-test-password"));
  }

  @Test
  void wrongPasswordIsRefusedThenTheRightOneLogsInWithTheKeyboard() {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("dr.browser");
    browser.findElement(By.id("password")).sendKeys("wrong-password", Keys.ENTER);
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .contains("wrong password");

    browser.findElement(By.id("username")).sendKeys("dr.browser");
    browser.findElement(By.id("password")).sendKeys("browser-test-password", Keys.ENTER);

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".session"), "Dr Browser"));
    assertThat(browser.getCurrentUrl()).endsWith("/");
  }

  @Test
  void clinicianFindsIntellectualDisabilityAndSeesItsPanelGenes() {
    logIn("dr.browser", "browser-test-password", "Dr Browser");

    WebElement search = browser.findElement(By.id("q"));
    search.clear();
    search.sendKeys("intellectual disability", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("search-status"), "match \"intellectual disability\""));
    WebElement r29 = browser.findElement(By.linkText("R29"));
    assertThat(browser.findElement(By.id("results")).getText())
        .contains("Intellectual disability – microarray and sequencing");

    r29.sendKeys(Keys.ENTER);

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "R29"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("panels"), "Intellectual disability (PanelApp 285)"));
    assertThat(browser.findElement(By.id("tests")).getText()).contains("R29.4").contains("WGS");
    // Confidence is shown in words as well as colour.
    assertThat(browser.findElements(By.cssSelector("#panels .confidence-green")))
        .isNotEmpty()
        .allSatisfy(badge -> assertThat(badge.getText()).startsWith("Green"));
  }
}
