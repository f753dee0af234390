package org.gms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform as {@code ./gms demo} leaves it (a fresh data directory, the demo data loaded) and a
 * headless Chromium from the machine's packages to read its pages, waiting up to 5 minutes for what
 * they show; closing quits the browser and stops the platform. Tests are skipped, with a message,
 * where Debian's chromium and chromium-driver are not installed.
 */
final class DemoBrowser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver browser;
  final WebDriverWait wait;
  final String base;
  private final Platform platform;

  private DemoBrowser(Platform platform, ChromeDriver browser, String base) {
    this.platform = platform;
    this.browser = browser;
    this.base = base;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(300));
  }

  /** Starts the demo platform in target/{name}-{random} and the browser. */
  static DemoBrowser start(String name) throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Skipped: browser tests need Debian's chromium and chromium-driver");
    PlatformProcess address =
        new PlatformProcess(Path.of("target", name + "-" + UUID.randomUUID()).toAbsolutePath());
    DatabaseOptions database = new DatabaseOptions();
    database.dataDir = address.dataDir;
    Platform platform = Platform.start(database, address.port, DemoCommand::load);
    return new DemoBrowser(platform, chromium(), "http://localhost:" + address.port);
  }

  /** Logs in as the demo user (password "{user}-demo-password"), shown as the name given. */
  void logIn(String user, String shownName) {
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user + "-demo-password", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), shownName));
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
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
