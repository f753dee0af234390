package org.gms.genomics.pgx.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recommendation HTML as published by ClinPGx, turned into plain text lines. */
class HtmlTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>Avoid clopidogrel if possible.</p>| Avoid clopidogrel if possible.",
        "<p>Start low</p>\\n<h4 id=\"x\">Other Considerations</h4>\\n<p>Monitor</p>|"
            + " Start low\\nOther Considerations\\nMonitor",
        "<ul><li>For cutaneous use:</li></ul><p>Avoid.</p>| - For cutaneous use:\\nAvoid.",
        "<p>&quot;likely&quot; &amp; &lt;70%&gt;</p>| \"likely\" & <70%>"
      })
  void plainText(String html, String expected) {
    assertThat(HtmlText.plain(html.replace("\\n", "\n")))
        .isEqualTo(expected.strip().replace("\\n", "\n"));
  }
}
