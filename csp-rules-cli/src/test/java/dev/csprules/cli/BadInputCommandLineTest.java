package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.csprules.testkit.corpus.BadFile;
import dev.csprules.testkit.corpus.BadFileCorpus;
import dev.csprules.testkit.corpus.BaseDocuments;
import dev.csprules.testkit.corpus.Emitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus through {@code csp-rules evaluate}: each file exits 2 with one message on
 * stderr that lists its problems at their places, nothing on stdout, and no stack trace unless
 * --verbose asks for one; afterwards the command decides a valid request as before.
 */
class BadInputCommandLineTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  /** Every this many cases, the case is run again with --verbose. */
  private static final int VERBOSE_EVERY = 20;
  private static final String STACK_FRAME = "\tat ";

  @TempDir static Path folder;

  @TestFactory
  Stream<DynamicTest> everyBadFileExitsTwoWithItsProblemsAndNoStackTrace() throws Exception {
    Path valid = Files.writeString(folder.resolve("valid.yaml"), Emitter.yaml(BaseDocuments.APPLICATION).text());
    CliRun before = CliRun.of("evaluate", valid.toString());
    assertEquals(0, before.status(), before.toString());
    AtomicInteger number = new AtomicInteger();
    Stream<DynamicTest> corpus =
        BadFileCorpus.all().stream()
            .map(
                bad ->
                    dynamicTest(
                        bad.name(),
                        () -> {
                          int n = number.incrementAndGet();
                          Path file = bad.writeInto(folder, n);
                          check(bad.expected(), file, evaluate(file), false);
                          if (n % VERBOSE_EVERY == 0) {
                            check(bad.expected(), file, evaluate(file, "--verbose"), true);
                          }
                        }));
    DynamicTest after =
        dynamicTest(
            "the command decides as before after the corpus",
            () -> assertEquals(before, CliRun.of("evaluate", valid.toString())));
    return Stream.concat(corpus, Stream.of(after));
  }

  private static CliRun evaluate(Path file, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("evaluate"));
    args.addAll(List.of(options));
    args.add(file.toString());
    return assertTimeoutPreemptively(LIMIT, () -> CliRun.of(args.toArray(String[]::new)));
  }

  private static void check(BadFile.Expected expected, Path file, CliRun run, boolean verbose) {
    if (expected instanceof BadFile.SameRequest) {
      assertEquals(0, run.status(), run.toString());
      return;
    }
    assertEquals(ExitCode.BAD_INPUT, run.status(), run.toString());
    assertTrue(run.out().isBlank(), run.toString());
    List<String> lines = run.err().lines().filter(line -> !line.startsWith(STACK_FRAME)).toList();
    if (expected instanceof BadFile.FileProblem problem) {
      // The problems, then with --verbose the exception's trace: its first line repeats them.
      String header = "csp-rules: " + problem.count() + (problem.count() == 1 ? " problem" : " problems") + " in scenario files:";
      assertEquals(header, lines.get(0), run.toString());
      List<String> problems = lines.subList(1, 1 + problem.count());
      assertTrue(problems.stream().allMatch(line -> line.startsWith(file + ":")), run.toString());
      String place = file + ":" + problem.at().map(at -> at + ": ").orElse("");
      String about = problem.path().isEmpty() ? "" : problem.path() + ": ";
      assertTrue(
          problems.stream().anyMatch(line -> line.startsWith(place) && line.contains(about) && line.contains(problem.says())),
          "expected " + place + about + "..." + problem.says() + " in\n" + run);
      assertEquals(verbose, run.err().contains(STACK_FRAME), run.toString());
      if (!verbose) {
        assertEquals(1 + problem.count(), lines.size(), run.toString());
      }
    } else {
      BadFile.RequestProblem problem = (BadFile.RequestProblem) expected;
      assertEquals(2, lines.size(), run.toString());
      assertTrue(lines.get(0).startsWith("csp-rules: " + file + ":"), run.toString());
      assertTrue(lines.get(0).endsWith(" was not evaluated: invalid request: 1 problem"), run.toString());
      assertTrue(lines.get(1).startsWith("  " + problem.path() + ": ") && lines.get(1).contains(problem.says()), run.toString());
      // The engine refused the request: there is no failure to trace, --verbose or not.
      assertFalse(run.err().contains(STACK_FRAME), run.toString());
    }
  }
}
