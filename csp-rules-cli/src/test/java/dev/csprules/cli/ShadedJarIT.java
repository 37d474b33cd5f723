package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.testkit.corpus.BadFile;
import dev.csprules.testkit.corpus.BadFileCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as ./csp-rules runs it, in a JVM of its own: Drools must find its services in
 * the merged META-INF/kie.conf, the terminal must get UTF-8 whatever the platform's charset, and
 * Drools' build log must not reach it.
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "csp-rules.jar");

  private record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    return java(List.of(), args);
  }

  private static Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
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

  /**
   * Compiling a folder's DRL makes Drools' ConstraintParser log WARN lines about class reactivity
   * (docs/library.md, "Logging"): the command line's logging configuration keeps them off stderr,
   * and --verbose brings them back, which shows that this test would see them.
   */
  @Test
  void validatesAPolicyFolderWithNoDroolsWarningOnStderr() throws Exception {
    Run run = java("validate", "../examples/policy-2018-history");
    Run verbose = java("validate", "--verbose", "../examples/policy-2018-history");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("policy OK: "), run.out());
    assertEquals("", run.err());
    assertTrue(verbose.err().lines().anyMatch(line -> line.startsWith("WARN ConstraintParser")), verbose.err());
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

  /**
   * Files of the bad-input corpus that would exhaust a JVM if read carelessly, and a sample of
   * the rest, in one run of a JVM with a 64 MB heap and a small stack: each file's problem is
   * listed, the status is 2, and no stack trace is printed.
   */
  @Test
  void badFilesExitTwoWithTheirProblemsInASmallJvm(@TempDir Path folder) throws Exception {
    List<BadFile> sample =
        corpus(
            "flow lists ten thousand deep",
            "JSON objects ten thousand deep",
            "block mappings two thousand deep",
            "a three GiB file",
            "ten MiB of comments",
            "a billion laughs of few aliases",
            "invalid UTF-8: a surrogate",
            "random bytes",
            "a tab for indentation",
            "application: application.partner.companyName tagged as a Java class",
            "application: application.model an unknown value",
            "order json: order.lines[0].quantity a word");
    List<String> args = evaluate(folder, sample);

    Run run = java(List.of("-Xmx64m", "-Xss256k"), args.toArray(String[]::new));

    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals("csp-rules: " + sample.size() + " problems in scenario files:", lines.get(0), run.err());
    for (int i = 0; i < sample.size(); i++) {
      BadFile.FileProblem problem = (BadFile.FileProblem) sample.get(i).expected();
      String file = args.get(i + 1);
      assertTrue(lines.stream().anyMatch(line -> line.startsWith(file + ":") && line.contains(problem.says())), file + " in\n" + run.err());
    }
    assertEquals(sample.size() + 1, lines.size(), run.err());
  }

  @Test
  void requestsTheEngineRefusesExitTwoNamingEachProblem(@TempDir Path folder) throws Exception {
    List<BadFile> sample =
        corpus(
            "application: application.partner.revenue[0].amount a billion digits long once written out",
            "application: application.sellLocation a thousand letters long",
            "a thousand revenue records and one",
            "order yaml: order.customer.country an unknown code");
    List<String> args = evaluate(folder, sample);

    Run run = java(args.toArray(String[]::new));

    assertEquals(2, run.status(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    for (BadFile bad : sample) {
      BadFile.RequestProblem problem = (BadFile.RequestProblem) bad.expected();
      assertTrue(run.err().contains("\n  " + problem.path() + ": "), problem.path() + " in\n" + run.err());
      assertTrue(run.err().contains(problem.says()), problem.says() + " in\n" + run.err());
    }
    assertEquals(sample.size(), run.err().lines().filter(line -> line.endsWith(" was not evaluated: invalid request: 1 problem")).count(), run.err());
  }

  @Test
  void verbosePrintsTheStackTraceOfABadFile(@TempDir Path folder) throws Exception {
    Path file = corpus("JSON objects ten thousand deep").get(0).writeInto(folder, 1);

    Run quiet = java("evaluate", file.toString());
    Run verbose = java("evaluate", "--verbose", file.toString());

    assertEquals(2, quiet.status(), quiet.err());
    assertEquals(2, verbose.status(), verbose.err());
    assertFalse(quiet.err().contains("\tat "), quiet.err());
    assertTrue(verbose.err().contains("\tat dev.csprules."), verbose.err());
  }

  /** {@code evaluate} and the sample's files, written into the folder. */
  private static List<String> evaluate(Path folder, List<BadFile> sample) {
    List<String> args = new ArrayList<>(List.of("evaluate"));
    for (int i = 0; i < sample.size(); i++) {
      args.add(sample.get(i).writeInto(folder, i).toString());
    }
    return args;
  }

  /** The corpus's cases of these names, in this order. */
  private static List<BadFile> corpus(String... names) {
    List<BadFile> all = BadFileCorpus.all();
    return Stream.of(names)
        .map(name -> all.stream().filter(bad -> bad.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no case " + name)))
        .toList();
  }

  @Test
  void runsAScenarioFolder() throws Exception {
    Run run = java("test", "../scenarios/orders");

    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().strip().matches("\\d+ passed, 0 failed"), run.out());
  }
}
