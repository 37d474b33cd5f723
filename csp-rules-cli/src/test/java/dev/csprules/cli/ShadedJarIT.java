package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as ./csp-rules runs it, in a JVM of its own: Drools must find its services in
 * the merged META-INF/kie.conf, the terminal must get UTF-8 whatever the platform's charset, and
 * Drools' build log must not reach it.
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "csp-rules.jar");

  private record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=US-ASCII");
    command.add("-Dsun.stdout.encoding=US-ASCII");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "C");
    builder.environment().remove("LC_ALL");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
    return new Run(
        process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void evaluatesAnExampleWithNothingOnStderr() throws Exception {
    Run run = java("evaluate", "../examples/direct-bill-application.yaml");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("  outcome: INELIGIBLE  (application app-2020-0042"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void printsJapaneseAsUtf8WhateverThePlatformCharset() throws Exception {
    Run run = java("evaluate", "--lang", "ja", "../examples/direct-bill-application.yaml");

    assertTrue(run.out().contains("間接リセラーとしての過去 12 か月のクラウド収益"), run.out());
  }

  @Test
  void runsAScenarioFolder() throws Exception {
    Run run = java("test", "../scenarios/orders");

    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().strip().matches("\\d+ passed, 0 failed"), run.out());
  }
}
