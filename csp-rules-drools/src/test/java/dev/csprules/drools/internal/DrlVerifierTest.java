package dev.csprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DrlVerifierTest {
  static List<HostileCorpus> hostileCorpus() {
    List<HostileCorpus> corpus = HostileCorpus.all();
    assertTrue(corpus.size() >= 90, "the corpus shrank to " + corpus.size());
    return corpus;
  }

  @ParameterizedTest
  @MethodSource("hostileCorpus")
  void everyHostileFileIsRefusedWithItsProblemAtItsLine(HostileCorpus file) {
    String path = "rules/hostile/" + file.fileName();
    List<String> problems = DrlVerifier.problems(new PolicySource(path, file.text(Path.of("/tmp/marker")), false));
    assertFalse(problems.isEmpty(), path + " passed the verifier");
    assertTrue(file.refusedAsExpected(path, problems), "expected line " + file.expectedLine() + ": "
        + file.expectedFragment() + "\n but got " + String.join("\n", problems));
    for (String problem : problems) {
      assertTrue(problem.matches("\\Q" + path + "\\E:\\d+(:\\d+)?: .+"), problem);
    }
  }

  @Test
  void theBuiltInRulesPassTheVerifier() {
    assertEquals(
        List.of(),
        PolicyFiles.builtIn().rules().stream()
            .flatMap(rule -> DrlVerifier.problems(new PolicySource(rule.name(), rule.text(), false)).stream())
            .toList());
  }
}
