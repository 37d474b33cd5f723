package dev.csprules.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import dev.csprules.testkit.corpus.BaseDocuments;
import dev.csprules.testkit.corpus.Emitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the scenario reader: valid files changed at random, a few edits at a time, as text (lines
 * deleted, repeated, swapped, re-indented; YAML syntax and stray characters inserted; the file cut
 * short) and as bytes. Reading one may succeed or fail, and so may evaluating what it read; it may
 * never end in anything but a ScenarioFileException whose problems each have a place in the file,
 * or an InvalidRequestException whose problems each have a path, and never take long.
 *
 * <p>CI makes the tries junit-platform.properties sets; docs/reliability.md gives the longer run.
 */
class ScenarioReaderFuzzTest {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2020, 11, 15);

  private static final List<String> SEEDS =
      List.of(
          Emitter.yaml(BaseDocuments.APPLICATION).text(),
          Emitter.yaml(BaseDocuments.ORDER).text(),
          Emitter.json(BaseDocuments.ORDER).text(),
          Emitter.yaml(BaseDocuments.SCENARIOS).text());

  /** What YAML reads as syntax, and characters readers trip on. */
  private static final List<String> SYNTAX =
      List.of(
          "&a ", "*a", "!!str ", "!!binary ", "!java.lang.Runtime ", "{", "}", "[", "]", ": ", "- ", "? ", "---\n",
          "...\n", "# ", "\"", "'", "|\n", ">\n", "%YAML 1.2\n", "<<: ", "\t", "\u0000", "\uFEFF", "\uD83D\uDE00",
          "\\", ",", "~", "null", "1e400", ".nan", "${HOME}", "\r", "\u2028");

  private static final Path FOLDER = folder();

  enum Change { DELETE_LINE, REPEAT_LINE, SWAP_LINES, INDENT, DEDENT, TAB_INDENT, INSERT_SYNTAX, INSERT_TEXT, CUT, FLIP_BYTE }

  /** One edit: what, where (as a fraction of the file, from 0 to 9999), and what text it inserts. */
  record Edit(Change change, int at, int other, String text) {}

  /** Builds the engine before the first try: building takes seconds, more than a try may. */
  @BeforeContainer
  static void buildTheEngine() {
    BuiltInEngine.get();
  }

  @Provide
  Arbitrary<byte[]> changedFiles() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Change.class),
                Arbitraries.integers().between(0, 9_999),
                Arbitraries.integers().between(0, 9_999),
                Arbitraries.oneOf(Arbitraries.of(SYNTAX), Arbitraries.strings().ofMaxLength(6)))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(SEEDS), edit.list().ofMinSize(1).ofMaxSize(5)).as(ScenarioReaderFuzzTest::changed);
  }

  @Property
  void aChangedFileReadsOrNamesEachProblemAtItsPlace(@ForAll("changedFiles") byte[] content) throws IOException {
    Path file = Files.write(FOLDER.resolve("fuzz.yaml"), content);
    // YAML breaks lines at CR and at NEL, LS and PS too: counted as such, an upper bound.
    int lines = 1 + (int) new String(content, StandardCharsets.UTF_8).chars().filter(c -> "\n\r\u0085\u2028\u2029".indexOf(c) >= 0).count();
    String outcome = assertTimeoutPreemptively(LIMIT, () -> readAndEvaluate(file, lines));
    Statistics.label("outcome").collect(outcome);
    // A fuzz whose every file the reader refuses would test the reader's first check only.
    Statistics.label("outcome").coverage(coverage -> coverage.check("decided").percentage(percent -> percent > 5));
  }

  /** "decided", "refused as a request" or "refused as a file"; anything else thrown fails the try. */
  private static String readAndEvaluate(Path file, int lines) {
    List<RequestEntry> entries;
    try {
      entries = ScenarioReader.readRequests(file);
    } catch (ScenarioFileException e) {
      assertFalse(e.problems().isEmpty());
      for (ScenarioProblem problem : e.problems()) {
        Location at = problem.location();
        assertTrue(at.file().equals(file) && at.line() >= 1 && at.line() <= lines && at.column() >= 1, problem.toString());
        assertFalse(problem.message().isBlank(), problem.toString());
      }
      return "refused as a file";
    }
    String outcome = "decided";
    for (RequestEntry entry : entries) {
      try {
        BuiltInEngine.get().evaluate(entry.request(), entry.asOf().orElse(DEFAULT_AS_OF));
      } catch (InvalidRequestException e) {
        assertFalse(e.problems().isEmpty());
        e.problems().stream().map(Problem::path).forEach(path -> assertFalse(path.isBlank(), e.getMessage()));
        outcome = "refused as a request";
      }
    }
    return outcome;
  }

  private static byte[] changed(String seed, List<Edit> edits) {
    List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n", -1)));
    List<Edit> bytes = new ArrayList<>();
    for (Edit edit : edits) {
      int line = edit.at() * lines.size() / 10_000;
      int other = edit.other() * lines.size() / 10_000;
      String text = lines.get(line);
      int column = edit.other() * (text.length() + 1) / 10_000;
      switch (edit.change()) {
        case DELETE_LINE -> lines.remove(line);
        case REPEAT_LINE -> lines.add(line, text);
        case SWAP_LINES -> {
          lines.set(line, lines.get(other));
          lines.set(other, text);
        }
        case INDENT -> lines.set(line, "  " + text);
        case DEDENT -> lines.set(line, text.startsWith(" ") ? text.substring(1) : text);
        case TAB_INDENT -> lines.set(line, "\t" + text);
        case INSERT_SYNTAX, INSERT_TEXT -> lines.set(line, text.substring(0, column) + edit.text() + text.substring(column));
        case CUT -> lines.subList(line + 1, lines.size()).clear();
        case FLIP_BYTE -> bytes.add(edit);
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    for (Edit edit : bytes) {
      if (content.length > 0) {
        content[edit.at() * content.length / 10_000] ^= (byte) (1 << (edit.other() % 8));
      }
    }
    return content;
  }

  private static Path folder() {
    try {
      return Files.createTempDirectory("scenario-fuzz");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    Files.deleteIfExists(FOLDER.resolve("fuzz.yaml"));
    Files.deleteIfExists(FOLDER);
  }
}
