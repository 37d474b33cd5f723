package dev.csprules.drools.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.policy.PolicySource;
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
  void theExampleFoldersPassTheVerifier() throws java.io.IOException {
    for (String example : List.of("policy-2018-history", "policy-2020-customer-agreement")) {
      Path rules = Path.of("..", "examples", example, "rules");
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(rules)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
          assertEquals(List.of(), DrlVerifier.problems(new PolicySource(file.toString(), java.nio.file.Files.readString(file), false)));
        }
      }
    }
  }

  private static final String HEADER =
      "package dev.csprules.policy.rules.extra;\n"
          + "import dev.csprules.api.EnrollmentApplication;\n"
          + "import dev.csprules.drools.rulefacts.Evidence;\n"
          + "import dev.csprules.drools.rulefacts.MissingAddressPart;\n";

  @Test
  void anUnknownPropertyIsNamedAtItsLineAndColumnWithTheNearestName() {
    String drl = HEADER + "rule \"ENR-901\"\n  @code(\"MPN_ID_MISSING\")\nwhen\n  EnrollmentApplication( partner.mpnld.isBlank() )\nthen\n"
        + "  insertLogical(Evidence.of(kcontext));\nend\n";
    assertEquals(
        List.of("f.drl:8:26: rule \"ENR-901\": Partner has no property 'mpnld'; did you mean 'mpnId'?"),
        DrlVerifier.problems(new PolicySource("f.drl", drl, false)));
  }

  @Test
  void aDerivedFactTakesTheArgumentsOfItsConstructor() {
    String drl = HEADER + "rule \"ENR-D901\"\n  @derives(\"MissingAddressPart\")\nwhen\n  EnrollmentApplication( $p : partner )\nthen\n"
        + "  insertLogical(new MissingAddressPart($p.bankInformationOnFile()));\nend\n";
    assertEquals(
        List.of("f.drl:10:17: rule \"ENR-D901\": new MissingAddressPart takes (String), not (boolean)"),
        DrlVerifier.problems(new PolicySource("f.drl", drl, false)));
  }

  @Test
  void aRuleIdThatClashesIsBlamedOnTheFolderFileNotTheBuiltInOne() {
    String drl = HEADER + "rule \"ENR-010\"\n  @code(\"MPN_ID_MISSING\")\nwhen\n  EnrollmentApplication()\nthen\n"
        + "  insertLogical(Evidence.of(kcontext));\nend\n";
    List<PolicySource> sources = new java.util.ArrayList<>(List.of(new PolicySource("folder/rules/clash.drl", drl, false)));
    sources.addAll(PolicyFiles.builtIn().rules());
    dev.csprules.drools.PolicyLoadException error =
        org.junit.jupiter.api.Assertions.assertThrows(dev.csprules.drools.PolicyLoadException.class, () -> DrlVerifier.verify(sources));
    assertEquals(
        List.of("folder/rules/clash.drl:5:1: rule \"ENR-010\" has the id of the rule at rules/enrollment/check-application-form.drl:13;"
            + " rule ids must be unique"),
        error.problems());
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
