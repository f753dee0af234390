package org.gms.server;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report document as PDF, rendered from its XHTML (openhtmltopdf with PDFBox): the rare-disease
 * and the cancer reports print the same way. It lives here, outside the features, because features
 * may only use each other's APIs.
 */
public final class PdfDocument {

  private PdfDocument() {}

  /**
   * @param what the document, as an error names it (e.g. "the report")
   */
  public static byte[] render(String xhtml, String what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render " + what + " as PDF", e);
    }
    return out.toByteArray();
  }
}
