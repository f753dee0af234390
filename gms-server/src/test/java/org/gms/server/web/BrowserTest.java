package org.gms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.gms.server.ApiClient;
import org.gms.server.ApiTest;
import org.gms.server.account.Account;
import org.gms.server.account.Role;
import org.gms.server.record.Patient;
import org.gms.server.record.Patients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test of the pages in headless Chromium against the running server, with the bundled test
 * directory imported: one browser per test (quit after it), waiting up to the test's patience for
 * what the pages show, and the steps every page test takes (log in and out, type into a field, call
 * the API as an account, place an order).
 */
abstract class BrowserTest extends ApiTest {

  @Autowired Patients patients;

  WebDriver browser;
  WebDriverWait wait;

  private final Duration patience;
  private final List<User> users;

  /** An account a page test logs in as: its user name, shown name, role, organisation, password. */
  record User(String name, String shownName, Role role, String organisation, String password) {

    Account account() {
      return new Account(name, shownName, Set.of(role), organisation);
    }
  }

  /**
   * A page test that waits up to `patience` for what the pages show, and logs in as the users,
   * saved (again) before each test.
   */
  BrowserTest(Duration patience, User... users) {
    this.patience = patience;
    this.users = List.of(users);
  }

  @BeforeEach
  final void startBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, patience);
    directory.importBundledIfMissing();
    for (User user : users) {
      accounts.save(user.account(), user.password());
    }
  }

  @AfterEach
  final void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The page's address on the running server. */
  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Logs in with the form and waits until the masthead shows the account (its name, or part). */
  void logIn(String user, String password, String shownName) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    awaitSession(shownName);
  }

  /** Logs out from the masthead and waits until it offers to log in. */
  void logOut() {
    browser.get(url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".session button"))).click();
    awaitSession("Log in");
  }

  /**
   * Waits until the masthead's session part shows the text. gms.js builds the masthead as the page
   * loads, so a read can land on a node just replaced: Chromium then reports an inspector error
   * rather than a stale element, and the read is tried again until the wait runs out.
   */
  void awaitSession(String text) {
    new WebDriverWait(browser, patience)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session"), text));
  }

  /** Replaces the text of the field with the id. */
  void type(String id, CharSequence text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Registers the patient unless their NHS number is registered already. */
  void registerIfMissing(Patient patient) {
    if (patients.find(patient.nhsNumber()).isEmpty()) {
      patients.register(patient);
    }
  }

  /** The API as the existing account, with a fresh bearer token. */
  ApiClient api(String user, String password) {
    return ApiClient.withToken(
        port, accounts.issueToken(user, password, "test", Duration.ofHours(1)).token());
  }

  /**
   * Places, as the clinician, an R29.4 order (intellectual disability, no family) for the
   * registered patient with the laboratory, ordered anyway when the patient has one already;
   * returns its id.
   */
  long placeOrder(ApiClient clinician, String requestKey, String nhs, String laboratory)
      throws Exception {
    HttpResponse<String> placed =
        orderR29(clinician, requestKey, nhs, laboratory, "HP:0001249", false);
    assertThat(placed.statusCode()).as(placed.body()).isIn(200, 201);
    return json(placed).get("id").asLong();
  }
}
