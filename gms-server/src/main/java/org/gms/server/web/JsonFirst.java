package org.gms.server.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A client that accepts anything ({@code Accept: *}{@code /*}, as curl and most HTTP libraries
 * send) gets the plain JSON of a resource that is also offered as FHIR, HTML or PDF: those are
 * asked for by name. Without this the choice between equally acceptable forms is arbitrary.
 */
@Configuration(proxyBeanMethods = false)
class JsonFirst implements WebMvcConfigurer {

  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    configurer.defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
  }
}
