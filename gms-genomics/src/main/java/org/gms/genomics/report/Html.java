package org.gms.genomics.report;

/** HTML text escaping and the style sheet of the reports, which are single self-contained pages. */
public final class Html {

  /** A plain, printable style: tables with borders, muted and warning text. */
  public static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#1b1b1b}
      table{border-collapse:collapse;width:100%;margin:1rem 0}
      th,td{border:1px solid #c8c8c8;padding:.35rem .5rem;text-align:left;vertical-align:top}
      th{background:#eef2f6} .muted{color:#666} .warn{color:#8a3b00}
      td.text{white-space:pre-line} h1{font-size:1.5rem} h2{font-size:1.2rem;margin-top:2rem}
      """;

  private Html() {}

  /**
   * Opens a report page: the head with {@link #STYLE} and the page's own rules, then the heading.
   * The title is the heading too, with the subject after a colon; both are escaped.
   */
  public static void openPage(StringBuilder html, String title, String subject, String ownStyle) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append(": ")
        .append(escape(subject))
        .append("</title><style>")
        .append(STYLE)
        .append(ownStyle)
        .append("</style></head><body>\n");
    html.append("<h1>")
        .append(escape(title))
        .append(": ")
        .append(escape(subject))
        .append("</h1>\n");
  }

  /**
   * Closes a report page with its limitations (HTML), which every report states last, and gives the
   * page.
   */
  public static String closePage(StringBuilder html, String limitations) {
    html.append("<h2>Limitations</h2><p>").append(limitations).append("</p>\n");
    html.append("</body></html>\n");
    return html.toString();
  }

  /** A table row of plain cells, each given as HTML already (escape text before). */
  public static String row(String... cells) {
    return "<tr><td>" + String.join("</td><td>", cells) + "</td></tr>";
  }

  /** The text with the five HTML special characters escaped; null gives the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
