package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo order as the scientist first sees it after {@code ./gms demo}: the family's VCF (the
 * FBXO11 variant in the real Platinum Genomes chr21 background) narrowed down filter by filter, and
 * the published diagnosis ranked first.
 */
class DemoOrderBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Test
  void theScientistSeesThousandsOfRecordsNarrowedDownToFbxo11First() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Skipped: browser tests need Debian's chromium and chromium-driver");
    PlatformProcess address =
        new PlatformProcess(Path.of("target", "demo-" + UUID.randomUUID()).toAbsolutePath());
    DatabaseOptions database = new DatabaseOptions();
    database.dataDir = address.dataDir;
    Platform platform = Platform.start(database, address.port, DemoCommand::load);
    ChromeDriver browser = chromium();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(300));
      String base = "http://localhost:" + address.port;
      browser.get(base + "/login");
      browser.findElement(By.id("username")).sendKeys("scientist");
      browser.findElement(By.id("password")).sendKeys("scientist-demo-password", Keys.ENTER);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".session"), "Sam Scientist"));

      browser.get(base + "/order.html?id=1");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("funnel"), "records read"));

      String funnel = browser.findElement(By.id("funnel")).getText();
      System.out.println("demo order review: " + funnel);
      Matcher records = Pattern.compile("([\\d,]+) records read").matcher(funnel);
      assertThat(records.find()).as(funnel).isTrue();
      assertThat(Long.parseLong(records.group(1).replace(",", ""))).isGreaterThan(1_000);
      assertThat(funnel).contains("passed", "removed");
      String first =
          browser.findElement(By.cssSelector("#candidates tbody tr:first-child")).getText();
      assertThat(first).startsWith("1").contains("FBXO11");
    } finally {
      browser.quit();
      platform.context().close();
    }
  }

  private static ChromeDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    ChromeDriver driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}
