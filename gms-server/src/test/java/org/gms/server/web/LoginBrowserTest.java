package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.gms.server.account.Account;
import org.gms.server.account.Accounts;
import org.gms.server.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserTest {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  private WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
    accounts.save(
        new Account("sam.browser", "Sam Browser", Set.of(Role.LABORATORY_SCIENTIST), "Hub X"),
        "browser-test-password");
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void wrongPasswordIsRefusedThenTheRightOneLogsInWithTheKeyboard() {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("sam.browser");
    browser.findElement(By.id("password")).sendKeys("wrong-password", Keys.ENTER);
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .contains("wrong password");

    browser.findElement(By.id("username")).sendKeys("sam.browser");
    browser.findElement(By.id("password")).sendKeys("browser-test-password", Keys.ENTER);

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".session"), "Sam Browser"));
    assertThat(browser.getCurrentUrl()).endsWith("/");
  }
}
