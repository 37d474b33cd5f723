package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import dev.csprules.testkit.corpus.BadFile;
import dev.csprules.testkit.corpus.BadFileCorpus;
import dev.csprules.testkit.corpus.BaseDocuments;
import dev.csprules.testkit.corpus.Doc;
import dev.csprules.testkit.corpus.Emitter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus through the scenario reader and the engine: every file ends in one clear
 * problem at its place (or the engine's refusal of the request at its path), within seconds,
 * never in another exception, and the engine decides as before afterwards.
 */
class BadFileCorpusTest {
  /** The slowest case (a file twice the size cap) takes well under a second. */
  private static final Duration LIMIT = Duration.ofSeconds(10);

  @TempDir static Path folder;

  /** What reading a file, and evaluating what it holds, came to. */
  private sealed interface Outcome {}

  private record Read(List<RequestEntry> entries) implements Outcome {
    @Override
    public String toString() {
      return "read and decided " + entries.size() + " request(s)";
    }
  }

  private record FileRefused(ScenarioFileException error) implements Outcome {
    @Override
    public String toString() {
      return shortened(error.getMessage());
    }
  }

  private record RequestRefused(InvalidRequestException error) implements Outcome {
    @Override
    public String toString() {
      return shortened(error.getMessage());
    }
  }

  /** A message as a failure shows it: a long one would bury the others. */
  private static String shortened(String message) {
    return message.length() <= 500 ? message : message.substring(0, 500) + "... (" + message.length() + " characters)";
  }

  @Test
  void theCorpusHasTwoHundredCasesOrMoreEachNamedOnce() {
    List<String> names = BadFileCorpus.all().stream().map(BadFile::name).toList();
    Set<String> unique = new HashSet<>();
    List<String> repeated = names.stream().filter(name -> !unique.add(name)).toList();
    assertEquals(List.of(), repeated);
    assertTrue(names.size() >= 200, "only " + names.size() + " cases");
  }

  @Test
  void theBaseDocumentsReadAndAreDecided() {
    for (Doc base : List.of(BaseDocuments.APPLICATION, BaseDocuments.ORDER, BaseDocuments.SCENARIOS)) {
      Outcome outcome = readAndEvaluate(TestFiles.write(folder, "base.yaml", Emitter.yaml(base).text()));
      assertInstanceOf(Read.class, outcome, outcome::toString);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBadFileIsOneClearProblemAndTheEngineKeepsDeciding() {
    Decision before = decide(BaseDocuments.APPLICATION);
    AtomicInteger number = new AtomicInteger();
    return BadFileCorpus.all().stream()
        .map(
            bad ->
                dynamicTest(
                    bad.name(),
                    () -> {
                      Path file = bad.writeInto(folder, number.incrementAndGet());
                      Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> readAndEvaluate(file), bad.name());
                      check(bad.expected(), file, outcome);
                      assertEquals(before, decide(BaseDocuments.APPLICATION), "the engine decides otherwise after " + bad);
                    }));
  }

  private static Outcome readAndEvaluate(Path file) {
    try {
      List<RequestEntry> entries = ScenarioReader.readRequests(file);
      entries.forEach(entry -> BuiltInEngine.get().evaluate(entry.request(), entry.asOf().orElseThrow()));
      return new Read(entries);
    } catch (ScenarioFileException e) {
      return new FileRefused(e);
    } catch (InvalidRequestException e) {
      return new RequestRefused(e);
    } catch (VirtualMachineError e) {
      // JUnit would end the whole run on an OutOfMemoryError: fail this case only.
      throw new AssertionError(e + " escaped", e);
    }
  }

  private static void check(BadFile.Expected expected, Path file, Outcome outcome) {
    if (expected instanceof BadFile.FileProblem problem) {
      List<ScenarioProblem> problems = assertInstanceOf(FileRefused.class, outcome, outcome::toString).error().problems();
      String all = shortened(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
      assertEquals(problem.count(), problems.size(), all);
      assertTrue(problems.stream().allMatch(found -> found.location().file().equals(file)), all);
      assertTrue(
          problems.stream().anyMatch(found -> matches(problem, found)),
          "expected a problem" + problem.at().map(at -> " at " + at).orElse("") + " about '" + problem.path()
              + "' saying '" + problem.says() + "', found:\n" + all);
    } else if (expected instanceof BadFile.RequestProblem problem) {
      List<Problem> problems = assertInstanceOf(RequestRefused.class, outcome, outcome::toString).error().problems();
      String all = shortened(problems.toString());
      assertEquals(1, problems.size(), all);
      assertEquals(problem.path(), problems.get(0).path(), all);
      assertTrue(problems.get(0).message().contains(problem.says()), all + " does not say " + problem.says());
    } else {
      Doc sameAs = ((BadFile.SameRequest) expected).sameAs();
      List<RequestEntry> read = assertInstanceOf(Read.class, outcome, outcome::toString).entries();
      assertEquals(requests(entries(sameAs)), requests(read));
    }
  }

  private static boolean matches(BadFile.FileProblem expected, ScenarioProblem found) {
    boolean place =
        expected.at()
            .map(at -> at.line() == found.location().line() && at.column() == found.location().column())
            .orElse(true);
    boolean path = expected.path().isEmpty() || found.message().startsWith(expected.path() + ": ");
    return place && path && found.message().contains(expected.says());
  }

  private static Decision decide(Doc doc) {
    RequestEntry entry = entries(doc).get(0);
    return BuiltInEngine.get().evaluate(entry.request(), entry.asOf().orElseThrow());
  }

  private static List<RequestEntry> entries(Doc doc) {
    Path file = TestFiles.write(folder, "base-" + Integer.toHexString(doc.hashCode()) + ".yaml", Emitter.yaml(doc).text());
    return ScenarioReader.readRequests(file);
  }

  private static List<Object> requests(List<RequestEntry> entries) {
    return entries.stream().map(entry -> List.of(entry.request(), entry.asOf())).collect(Collectors.toList());
  }
}
