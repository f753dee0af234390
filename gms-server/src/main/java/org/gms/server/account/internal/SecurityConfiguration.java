package org.gms.server.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.gms.server.account.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
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
    "/actuator/prometheus",
    "/error",
    // GA4GH Beacon v2: anyone gets boolean answers, researchers more (decided per request)
    "/beacon/v2",
    "/beacon/v2/**"
  };

  @Bean
  BearerTokens bearerTokens(JdbcClient jdbc, JdbcAccounts accounts, ProblemResponses problems) {
    return new BearerTokens(jdbc, accounts, problems);
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, BearerTokens bearerTokens, ProblemResponses problems) throws Exception {
    LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/auth/tokens", "/login")
                    .permitAll()
                    // Patient record: scientists store results, clinicians and scientists read.
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
                    .requestMatchers(HttpMethod.POST, "/api/patients/*/pgx")
                    .hasRole(Role.LABORATORY_SCIENTIST.name())
                    .requestMatchers(HttpMethod.POST, "/api/patients")
                    .hasAnyRole(
                        Role.CLINICIAN.name(),
                        Role.LABORATORY_SCIENTIST.name(),
                        Role.ADMINISTRATOR.name())
                    .requestMatchers("/api/patients", "/api/patients/**")
                    .hasAnyRole(Role.CLINICIAN.name(), Role.LABORATORY_SCIENTIST.name())
                    // CDS Hooks calls come from prescribing systems acting for a clinician.
                    .requestMatchers(HttpMethod.POST, "/cds-services/*")
                    .hasRole(Role.CLINICIAN.name())
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new CsrfCookieFilter(), UsernamePasswordAuthenticationFilter.class)
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .logout(logout -> logout.logoutSuccessUrl("/"))
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
                        (request, response, e) -> {
                          if (wantsJson(request)) {
                            problems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Login required",
                                "This needs a logged-in user: log in, or send 'Authorization:"
                                    + " Bearer <token>' (POST /api/auth/tokens issues one).");
                          } else {
                            loginPage.commence(request, response, e);
                          }
                        })
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "Not allowed",
                                "Your role does not allow this. Ask an administrator if you need"
                                    + " access.")));
    return http.build();
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
