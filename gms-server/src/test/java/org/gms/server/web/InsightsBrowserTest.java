package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gms.server.account.Role;
import org.gms.server.insights.GeneratedActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard and the published figures in headless Chromium, over a year of generated activity
 * (4,000 orders: by indication, most monthly counts are small): the manager's dashboard draws its
 * six charts (ECharts, served from the platform; with activity by ISO week and the diagnostic
 * yield) and says the activity is generated; the public page, without login, shows no count from 1
 * to 4 by geography or by indication, nor in its diagnostic-yield table.
 */
class InsightsBrowserTest extends BrowserTest {

  @Autowired GeneratedActivity generated;

  InsightsBrowserTest() {
    super(
        Duration.ofSeconds(30),
        new User(
            "manager.insights",
            "Max Insights",
            Role.SERVICE_MANAGER,
            "NHS E",
            "insights-test-password"));
  }

  @BeforeEach
  void open() {
    generated.generate(1, 4_000, 7);
  }

  @AfterEach
  void close() {
    generated.clear();
  }

  @Test
  void theDashboardDrawsItsChartsForAManager() {
    logIn("manager.insights", "insights-test-password", "Max");
    browser.get(url("/dashboard.html"));

    for (String chart :
        List.of(
            "trend-chart",
            "activity-chart",
            "turnaround-chart",
            "rate-chart",
            "weekly-chart",
            "yield-chart")) {
      wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
      assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas")))
          .as(chart + " is drawn on a canvas")
          .isNotEmpty();
    }
    WebElement banner = browser.findElement(By.id("generated"));
    assertThat(banner.isDisplayed()).isTrue();
    assertThat(banner.getText()).contains("generated").contains("not real");
    // seven geographies and the total, and a row for orders from organisations with no geography
    // when other tests of this context have placed some
    wait.until(
        ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#figures tbody tr"), 7));
    assertThat(browser.findElements(By.cssSelector("#figures tbody tr"))).hasSizeBetween(8, 9);

    // the diagnostic yield of generated rare-disease (R) indications, and the service
    assertThat(browser.findElements(By.cssSelector("#yield tbody tr")).size()).isGreaterThan(1);
    assertThat(browser.findElement(By.cssSelector("#yield tbody tr td")).getText()).startsWith("R");

    browser.findElement(By.cssSelector("#figures tbody tr")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drill")));
    assertThat(browser.findElements(By.cssSelector("#orders tbody tr"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#orders tbody tr td")).getText())
        .isEqualTo("generated");
  }

  @Test
  void thePublicPageShowsNoCountBelowFive() {
    browser.get(url("/performance.html"));
    for (String by : List.of("geography", "indication")) {
      new Select(browser.findElement(By.id("by"))).selectByValue(by);
      browser.findElement(By.cssSelector("#filters button")).click();
      wait.until(ExpectedConditions.attributeToBe(By.id("months-chart"), "data-rendered", "true"));
      wait.until(
          d ->
              !d.findElements(By.cssSelector("#totals tbody tr")).isEmpty()
                  && d.findElement(By.id("status")).getText().isEmpty());
      List<WebElement> counts =
          browser.findElements(
              By.cssSelector(
                  "#totals tbody td:nth-child(2), #turnaround tbody td:nth-child(2),"
                      + " #turnaround tbody td:nth-child(3), #turnaround tbody td:nth-child(4),"
                      + " #yield tbody td:nth-child(2), #yield tbody td:nth-child(3)"));
      assertThat(counts).isNotEmpty();
      int suppressed = 0;
      for (WebElement cell : counts) {
        String text = cell.getText().replace(",", "");
        if (text.equals("[c]")) {
          suppressed++;
          continue;
        }
        long value = Long.parseLong(text);
        assertThat(value >= 1 && value <= 4).as(by + " shows the count " + value).isFalse();
      }
      if (by.equals("indication")) {
        assertThat(suppressed).as("small counts by indication are suppressed").isPositive();
      }
    }
    assertThat(browser.findElement(By.id("generated")).isDisplayed()).isTrue();

    // the outcome tables (each with the service's row) and their CSV links
    wait.until(d -> !d.findElements(By.cssSelector("#pgx tbody tr")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#cancer tbody tr"))).isNotEmpty();
    for (WebElement cell :
        browser.findElements(
            By.cssSelector("#cancer tbody td:nth-child(2), #pgx tbody td:nth-child(2)"))) {
      String text = cell.getText().replace(",", "");
      assertThat(!text.equals("[c]") && Long.parseLong(text) >= 1 && Long.parseLong(text) <= 4)
          .as("outcome count " + text)
          .isFalse();
    }
    assertThat(browser.findElement(By.id("pgx-csv")).getAttribute("href"))
        .endsWith("/outcomes/csv?table=pgx");

    // without the population file, rates by age band say which property to set
    new Select(browser.findElement(By.id("by"))).selectByValue("age-band");
    browser.findElement(By.cssSelector("#filters button")).click();
    wait.until(d -> d.findElement(By.id("rates-note")).isDisplayed());
    assertThat(browser.findElement(By.id("rates-note")).getText())
        .contains("gms.insights.population-by-age-sex");
  }
}
