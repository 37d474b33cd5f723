package dev.csprules.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service that decides CSP requests posted to {@code POST /decisions}. The starter builds the
 * engine from {@code csp-rules.*} in application.properties; see docs/spring-boot.md.
 */
@SpringBootApplication
public class DecisionsApplication {
  public static void main(String[] args) {
    SpringApplication.run(DecisionsApplication.class, args);
  }
}
