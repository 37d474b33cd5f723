package dev.csprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.PolicyLoadException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule file of the hostile corpus is rejected before it compiles; honest rules pass. */
class DrlSandboxTest {

  static Stream<Path> hostileCorpus() throws IOException, URISyntaxException {
    Path folder = Path.of(DrlSandboxTest.class.getResource("/hostile").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> drl = files.filter(file -> file.toString().endsWith(".drl")).sorted().toList();
      assertTrue(drl.size() >= 79, "the corpus shrank to " + drl.size());
      return drl.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("hostileCorpus")
  void everyHostileRuleIsRejectedWithFileAndLine(Path file) throws IOException {
    String name = "hostile/" + file.getFileName();
    List<String> problems = DrlSandbox.problems(new PolicySource(name, Files.readString(file, StandardCharsets.UTF_8), false));
    assertFalse(problems.isEmpty(), name + " passed the sandbox");
    for (String problem : problems) {
      assertTrue(problem.matches("\\Q" + name + "\\E:\\d+: .+"), problem);
    }
  }

  @Test
  void theBuiltInRulesPassTheSandbox() {
    for (PolicySource rule : PolicyFiles.builtIn().rules()) {
      assertEquals(List.of(), DrlSandbox.problems(new PolicySource(rule.name(), rule.text(), false)), rule.name());
    }
  }

  @Test
  void theProblemPointsAtTheOffendingLine() {
    String drl = "package p;\n\nrule \"X\"\nwhen\nthen\n  // System in a comment is fine\n  String s = \"System\";\n  System.exit(1);\nend\n";
    assertEquals(
        List.of("f.drl:8: type 'System' is not allowed in a policy folder", "f.drl:8: 'exit' is not allowed: it reaches past the facts"),
        DrlSandbox.problems(new PolicySource("f.drl", drl, false)));
  }

  @Test
  void aHostileFolderNeverCompilesAndTheEngineBuilderSaysWhy() throws IOException, URISyntaxException {
    Path file = Path.of(DrlSandboxTest.class.getResource("/hostile/system-exit.drl").toURI());
    PolicyLoadException error =
        assertThrows(
            PolicyLoadException.class,
            () -> LoadedPolicy.load(PolicyFiles.builtIn().with("rules/hostile/system-exit.drl", Files.readString(file))));
    assertTrue(error.problems().stream().allMatch(p -> p.startsWith("rules/hostile/system-exit.drl:14: ")), error.getMessage());
  }
}
