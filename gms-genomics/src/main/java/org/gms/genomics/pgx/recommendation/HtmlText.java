package org.gms.genomics.pgx.recommendation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Plain text from the small HTML fragments guideline recommendations are written in. */
final class HtmlText {

  private static final Pattern BLOCK_END =
      Pattern.compile("</(p|h[1-6]|li|ul|ol|div)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ITEM = Pattern.compile("<li[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  /** Converted texts: each guideline text is converted once, when a report first needs it. */
  private static final Map<String, String> CONVERTED = new ConcurrentHashMap<>();

  private HtmlText() {}

  static String plain(String html) {
    String converted = CONVERTED.get(html);
    return converted != null ? converted : CONVERTED.computeIfAbsent(html, HtmlText::convert);
  }

  private static String convert(String html) {
    String text = BLOCK_END.matcher(html).replaceAll("\n");
    text = LIST_ITEM.matcher(text).replaceAll("- ");
    text = TAG.matcher(text).replaceAll("");
    text =
        text.replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }
}
