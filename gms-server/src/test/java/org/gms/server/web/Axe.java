package org.gms.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An automated accessibility audit of the page the browser shows, with axe-core (Deque, MPL-2.0),
 * loaded from the test class path (a Maven test dependency; nothing fetched by the page). Only the
 * WCAG 2.x A and AA rules are run; a test fails on their serious and critical violations.
 */
final class Axe {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SOURCE = source();

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        resultTypes: ["violations"]
      }).then(r => done(JSON.stringify(r.violations
          .filter(v => v.impact === "serious" || v.impact === "critical")
          .map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " -> "
                          + (n.failureSummary || "").replace(/\\s+/g, " "))})))))
        .catch(e => done("ERROR " + e));
      """;

  private Axe() {}

  /**
   * The serious and critical violations on the page, one line each ("color-contrast (serious):
   * Elements must meet minimum color contrast ratio thresholds: #x -> ..."); empty when none.
   */
  static List<String> seriousViolations(WebDriver browser) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(SOURCE);
    Object answer = js.executeAsyncScript(RUN);
    String text = String.valueOf(answer);
    if (text.startsWith("ERROR")) {
      throw new AssertionError("axe-core could not audit " + browser.getCurrentUrl() + ": " + text);
    }
    List<String> violations = new ArrayList<>();
    for (JsonNode v : JSON.readTree(text)) {
      StringBuilder line =
          new StringBuilder(
              v.get("id").asString()
                  + " ("
                  + v.get("impact").asString()
                  + "): "
                  + v.get("help").asString());
      for (JsonNode node : v.get("nodes")) {
        line.append("\n    ").append(node.asString());
      }
      violations.add(line.toString());
    }
    return violations;
  }

  private static String source() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
