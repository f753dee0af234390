package org.gms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo order as the scientist first sees it after {@code ./gms demo}: the family's VCF (the
 * FBXO11 variant in the real Platinum Genomes chr21 background) narrowed down filter by filter, and
 * the published diagnosis ranked first.
 */
class DemoOrderBrowserTest {

  @Test
  void theScientistSeesThousandsOfRecordsNarrowedDownToFbxo11First() throws Exception {
    try (DemoBrowser demo = DemoBrowser.start("demo")) {
      ChromeDriver browser = demo.browser;
      demo.logIn("scientist", "Sam Scientist");

      browser.get(demo.base + "/order.html?id=1");
      demo.wait.until(
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
    }
  }
}
