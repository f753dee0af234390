package org.gms.server.web;

import org.gms.genomics.GenomicsException;
import org.gms.server.GmsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error becomes a problem detail (RFC 9457) with a message a person can act on, and the
 * request field it concerns as {@code field} when there is one (pages show it there). Unexpected
 * failures are logged with their stack trace and answered with a reference, never the trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(GmsException.class)
  ProblemDetail gms(GmsException e) {
    HttpStatus status = HttpStatus.valueOf(e.kind().httpStatus());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(status.getReasonPhrase());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  @ExceptionHandler(GenomicsException.class)
  ProblemDetail genomics(GenomicsException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid genomic input");
    return problem;
  }

  /** A body that is not JSON, or whose values do not fit: what is wrong and where. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, JsonBodyErrors.describe(e));
    problem.setTitle("Invalid request body");
    String field = JsonBodyErrors.field(e);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String reference = Long.toString(System.nanoTime(), 36);
    log.error("Unexpected error, reference {}", reference, e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. It has been logged with reference "
                + reference
                + "; please quote it if you report the problem.");
    problem.setTitle("Internal error");
    problem.setProperty("reference", reference);
    return problem;
  }
}
