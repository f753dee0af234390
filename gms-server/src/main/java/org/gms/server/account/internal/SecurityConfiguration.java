package org.gms.server.account.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.gms.server.account.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may reach what. The test directory, API documentation, CDS Hooks discovery and health are
 * public, as are Beacon v2 boolean answers; everything else about patients needs a logged-in user
 * (session for the web UI, bearer token for the API) in a role that may see it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  /** Paths anyone may read without logging in. */
  static final String[] PUBLIC_READS = {
    "/",
    "/index.html",
    "/indication.html",
    "/assets/**",
    "/favicon.ico",
    "/login",
    "/api/directory/**",
    "/api/panels/**",
    // Published management figures (small numbers suppressed) and their page
    "/api/public/insights/**",
    "/performance.html",
    "/webjars/**",
    "/cds-services",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/actuator/health/**",
    "/error",
    // GA4GH Beacon v2: anyone gets boolean answers, researchers more (decided per request)
    "/beacon/v2",
    "/beacon/v2/**"
  };

  /**
   * No tracing spans around each security filter, authentication and authorisation: HTTP requests
   * are still timed as a whole (Prometheus), and the per-filter spans cost a tenth of an API call's
   * CPU under load with nobody reading them.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  BearerTokens bearerTokens(JdbcClient jdbc, ProblemResponses problems) {
    return new BearerTokens(jdbc, problems);
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      BearerTokens bearerTokens,
      ProblemResponses problems,
      LoginThrottle throttle,
      JdbcAccounts accounts)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    // an error page answers a request already decided (e.g. 413, 405)
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/auth/tokens", "/login")
                    .permitAll()
                    // Every state-changing operation names the roles that may use it (the
                    // policy is docs/security.md's table; RoleMatrixTest checks each one).
                    .requestMatchers(HttpMethod.DELETE, "/api/auth/tokens", "/api/auth/tokens/*")
                    .authenticated()
                    // The research view is for researchers only.
                    // Management figures: laboratory managers, commissioners, administrators.
                    .requestMatchers(
                        "/api/insights/**", "/fhir/Measure/**", "/fhir/MeasureReport/**")
                    .hasAnyRole(Role.SERVICE_MANAGER.name(), Role.ADMINISTRATOR.name())
                    .requestMatchers("/api/research/**")
                    .hasRole(Role.RESEARCHER.name())
                    // Reports are previewed and authorised by laboratory scientists.
                    .requestMatchers(
                        HttpMethod.POST, "/api/analyses/*/report/**", "/api/analyses/*/report")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    // The scientist's review draft (ticks, classes, comments) is saved as they go.
                    .requestMatchers(HttpMethod.PUT, "/api/analyses/*/review-draft")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    // Analyses are started, and their VCFs uploaded, by laboratory scientists.
                    .requestMatchers(HttpMethod.POST, "/api/orders/*/analyses", "/api/vcf-files")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    // Orders: clinicians request (JSON or FHIR), laboratories receive samples;
                    // transitions are checked per state (a clinician may only cancel).
                    .requestMatchers(HttpMethod.POST, "/api/orders", "/fhir", "/fhir/**")
                    .hasRole(Role.CLINICIAN.name())
                    .requestMatchers(HttpMethod.POST, "/api/orders/*/samples")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    .requestMatchers(HttpMethod.POST, "/api/orders/*/transitions")
                    .hasAnyRole(Role.CLINICIAN.name(), Role.LABORATORY_SCIENTIST.name())
                    // Re-analysis alerts are the laboratory's; batch jobs and imports the
                    // administrators'.
                    .requestMatchers(HttpMethod.POST, "/api/reanalysis/alerts/**")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    .requestMatchers(HttpMethod.POST, "/api/reanalysis/jobs", "/api/knowledge/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    // Trial-match alerts are the treating team's; trial imports and curation
                    // the administrators'.
                    .requestMatchers(HttpMethod.POST, "/api/trials/alerts/**")
                    .hasRole(Role.CLINICIAN.name())
                    .requestMatchers(
                        HttpMethod.POST, "/api/trials/imports/**", "/api/trials/curations")
                    .hasRole(Role.ADMINISTRATOR.name())
                    .requestMatchers("/api/trials/*/curation")
                    .hasRole(Role.ADMINISTRATOR.name())
                    // Patient record: scientists store results, clinicians record choices,
                    // clinicians and scientists read.
                    .requestMatchers(HttpMethod.POST, "/api/patients/*/pgx")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    .requestMatchers(HttpMethod.POST, "/api/patients/*/consents")
                    .hasRole(Role.CLINICIAN.name())
                    .requestMatchers(HttpMethod.POST, "/api/patients")
                    .hasAnyRole(
                        Role.CLINICIAN.name(),
                        Role.LABORATORY_SCIENTIST.name(),
                        Role.ADMINISTRATOR.name())
                    .requestMatchers("/api/patients", "/api/patients/**")
                    .hasAnyRole(Role.CLINICIAN.name(), Role.LABORATORY_SCIENTIST.name())
                    // Cancer cases: clinicians open them on their orders, laboratories receive
                    // samples, run the somatic analysis and authorise the report; the tumour
                    // board (scientists and clinicians) records decisions; researchers read none.
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/oncology/cases",
                        "/api/oncology/cases/*/therapies",
                        "/api/oncology/cases/*/receptors")
                    .hasRole(Role.CLINICIAN.name())
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/oncology/cases/*/samples",
                        "/api/oncology/cases/*/runs",
                        "/api/oncology/cases/*/report")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    .requestMatchers(HttpMethod.POST, "/api/oncology/cases/*/decisions")
                    .hasAnyRole(Role.CLINICIAN.name(), Role.LABORATORY_SCIENTIST.name())
                    .requestMatchers("/api/oncology/**", "/api/orders/*/cancer-case")
                    .hasAnyRole(Role.CLINICIAN.name(), Role.LABORATORY_SCIENTIST.name())
                    // CDS Hooks calls come from prescribing systems acting for a clinician.
                    .requestMatchers(HttpMethod.POST, "/cds-services/*")
                    .hasRole(Role.CLINICIAN.name())
                    // Metrics are for operators.
                    .requestMatchers("/actuator/prometheus")
                    .hasRole(Role.ADMINISTRATOR.name())
                    // Anything else that changes state and is not named above is refused, so a
                    // new endpoint must be given its roles here.
                    .requestMatchers(
                        request ->
                            !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod())
                                && !request.getRequestURI().equals("/login")
                                && !request.getRequestURI().equals("/logout"))
                    .denyAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new NulBytes(problems), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
        // Pages load scripts only from this server (none inline); generated report pages keep
        // their inline styles.
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self'"
                                + " 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
                                + " base-uri 'self'; form-action 'self'; frame-ancestors"
                                + " 'none'")))
        .addFilterAfter(new CsrfCookieFilter(), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(
            new FormLoginThrottle(throttle), UsernamePasswordAuthenticationFilter.class)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, e) -> {
                          throttle.failed(
                              String.valueOf(request.getParameter("username")),
                              request.getRemoteAddr(),
                              "login");
                          response.sendRedirect("/login?error");
                        }))
        // Logging out of the web UI also ends the user's API tokens.
        .logout(
            logout ->
                logout
                    .logoutSuccessUrl("/")
                    .addLogoutHandler(
                        (request, response, authentication) -> {
                          if (authentication != null) {
                            accounts.revokeAll(authentication.getName());
                          }
                        }))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    // CDS Hooks calls are JSON only (a cross-site JSON POST needs a CORS
                    // preflight this server does not grant), so they need no CSRF token.
                    .ignoringRequestMatchers(
                        request ->
                            BearerTokens.carriesToken(request)
                                || request.getRequestURI().equals("/api/auth/tokens")
                                || request.getRequestURI().startsWith("/cds-services/")))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> loginRequired(request, response, problems))
                    .accessDeniedHandler(
                        (request, response, e) -> {
                          if (e instanceof CsrfException && anonymous()) {
                            // No credentials at all: the CSRF check comes first but is not the
                            // reason; the caller must log in (401), as for any other request.
                            if (request.getRequestURI().equals("/login")) {
                              response.sendRedirect("/login?error");
                            } else {
                              loginRequired(request, response, problems);
                            }
                          } else if (e instanceof CsrfException) {
                            problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "CSRF token missing",
                                request.getMethod()
                                    + " "
                                    + request.getRequestURI()
                                    + " from the web UI needs the CSRF token of the page"
                                    + " (cookie XSRF-TOKEN, sent as header X-XSRF-TOKEN): reload"
                                    + " the page. API clients send 'Authorization: Bearer"
                                    + " <token>' instead.");
                          } else {
                            problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "Not allowed",
                                "Your role does not allow "
                                    + request.getMethod()
                                    + " "
                                    + request.getRequestURI()
                                    + ". Ask an administrator if you need access.");
                          }
                        }));
    return http.build();
  }

  /** No one is logged in: an API caller gets 401 with a problem body, a browser the login page. */
  private static void loginRequired(
      HttpServletRequest request, HttpServletResponse response, ProblemResponses problems)
      throws IOException {
    if (wantsJson(request)) {
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "Login required",
          "This needs a logged-in user: log in, or send 'Authorization:"
              + " Bearer <token>' (POST /api/auth/tokens issues one).");
    } else {
      response.sendRedirect("/login");
    }
  }

  /** Whether the request comes from no one: no session login and no bearer token. */
  private static boolean anonymous() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated();
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return request.getRequestURI().startsWith("/api/")
        || request.getRequestURI().startsWith("/fhir/")
        || request.getRequestURI().startsWith("/cds-services")
        || BearerTokens.carriesToken(request)
        || (accept != null && accept.contains("json"));
  }
}
