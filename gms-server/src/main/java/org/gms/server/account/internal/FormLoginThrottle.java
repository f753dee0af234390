package org.gms.server.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web login form's side of the {@link LoginThrottle}: a throttled account or address is sent
 * back to the form without its password being checked.
 */
final class FormLoginThrottle extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  FormLoginThrottle(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())) {
      String username = String.valueOf(request.getParameter("username"));
      if (throttle.throttled(username, request.getRemoteAddr())) {
        throttle.throttledAttempt(username, request.getRemoteAddr(), "login");
        response.sendRedirect("/login?error");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
