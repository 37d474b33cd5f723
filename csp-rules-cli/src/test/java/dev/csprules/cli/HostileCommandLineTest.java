package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.testkit.corpus.BaseDocuments;
import dev.csprules.testkit.corpus.Emitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's hostile rule files whose payload would write a marker file
 * (csp-rules-drools/src/test/resources/hostile, each starting with the problem it must be refused
 * with), through {@code validate} and {@code evaluate --policy}: refused with that problem at its
 * line, exit 2, and the marker never written.
 */
class HostileCommandLineTest {
  private static final Path CORPUS = Path.of("..", "csp-rules-drools", "src", "test", "resources", "hostile");
  private static final Pattern EXPECT = Pattern.compile("// expect: (\\d+): (.+)");

  @TempDir Path temp;

  static Stream<Path> markerFiles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<Path> marked = files.filter(file -> file.toString().endsWith(".drl")).filter(HostileCommandLineTest::writesMarker).sorted().toList();
      assertTrue(marked.size() >= 10, "only " + marked.size() + " hostile files write a marker");
      return marked.stream();
    }
  }

  private static boolean writesMarker(Path file) {
    try {
      return Files.readString(file).contains("@MARKER");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("markerFiles")
  void validateAndEvaluateRefuseItAndRunNothing(Path hostile) throws IOException {
    String template = Files.readString(hostile);
    Matcher expect = EXPECT.matcher(template.lines().findFirst().orElse(""));
    assertTrue(expect.matches(), hostile + " states no expected problem");
    Path marker = temp.resolve("marker");
    String path = marker.toAbsolutePath().toString();
    String text =
        template
            .replace("@MARKER_CHARS@", path.chars().mapToObj(Integer::toString).collect(Collectors.joining(",")))
            .replace("@MARKER@", path);
    Path rule = temp.resolve("policy/rules/" + hostile.getFileName());
    Files.createDirectories(rule.getParent());
    Files.writeString(rule, text);
    Path request = Files.writeString(temp.resolve("order.yaml"), Emitter.yaml(BaseDocuments.ORDER).text());
    String expected = rule + ":" + expect.group(1) + ":";

    for (CliRun run :
        List.of(
            CliRun.of("validate", temp.resolve("policy").toString()),
            CliRun.of("evaluate", "--policy", temp.resolve("policy").toString(), request.toString()))) {
      assertEquals(ExitCode.BAD_INPUT, run.status(), run.toString());
      assertTrue(
          run.err().lines().anyMatch(line -> line.contains(expected) && line.contains(expect.group(2))),
          "expected " + expected + " " + expect.group(2) + "\n" + run);
      assertFalse(Files.exists(marker), "the payload of " + hostile.getFileName() + " ran");
    }
  }
}
