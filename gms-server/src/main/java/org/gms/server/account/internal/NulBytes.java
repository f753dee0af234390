package org.gms.server.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, a request whose query parameters carry a NUL byte: no text the platform keeps
 * contains one, and PostgreSQL refuses it in text (which would otherwise be a 500).
 */
final class NulBytes extends OncePerRequestFilter {

  private final ProblemResponses problems;

  NulBytes(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (query != null && query.contains("%00")) {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        boolean nul = parameter.getKey().indexOf('\0') >= 0;
        for (String value : parameter.getValue()) {
          nul |= value.indexOf('\0') >= 0;
        }
        if (nul) {
          problems.write(
              request,
              response,
              HttpStatus.BAD_REQUEST,
              "NUL byte in a parameter",
              "The parameter '"
                  + parameter.getKey().replace('\0', '?')
                  + "' contains a NUL byte (%00); remove it.");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
