package org.gms.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The GMS server: a modular monolith, one top-level package per feature. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GmsApplication {

  public static void main(String[] args) {
    SpringApplication.run(GmsApplication.class, args);
  }
}
