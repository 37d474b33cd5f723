package dev.csprules.drools.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The check of generated classes, on its own: DRL the verifier would refuse is compiled here
 * directly, so that its generated classes carry a payload in a static initialiser.
 */
class GeneratedCodeCheckTest {
  @TempDir Path temp;

  /** The rule name ends the Javadoc comment Drools writes it into, and opens a static block. */
  private static String injected(Path marker) {
    String chars = marker.toString().chars().mapToObj(Integer::toString).collect(Collectors.joining(","));
    return """
        package dev.csprules.policy.rules.injected;
        import dev.csprules.api.EnrollmentApplication;
        rule "X */ static { new java.io.File(new String(new char[] {%s})).mkdirs(); } /** "
        when
          EnrollmentApplication()
        then
        end
        """.formatted(chars);
  }

  @Test
  void aStaticInitialiserIsRefusedAsBytesAndNothingRunsUntilTheBytesAreDefined() {
    Path marker = temp.resolve("marker");
    KieServices services = KieServices.get();
    ReleaseId id = services.newReleaseId("test", "injected-" + UUID.randomUUID(), "1");
    try {
      KieFileSystem files = services.newKieFileSystem();
      files.generateAndWritePomXML(id);
      files.write("src/main/resources/dev/csprules/policy/rules/injected/r000.drl", injected(marker));
      KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
      assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR));
      assertFalse(Files.exists(marker), "the payload ran while Drools built the module");

      PolicyCompiler.GeneratedRules generated = PolicyCompiler.GeneratedRules.of((InternalKieModule) builder.getKieModule());
      List<String> problems = GeneratedCodeCheck.problems(generated.classes());
      assertTrue(problems.stream().anyMatch(p -> p.contains("uses java/io/File.<init>")), String.join("\n", problems));
      assertTrue(problems.stream().anyMatch(p -> p.contains("uses java/io/File.mkdirs")), String.join("\n", problems));
      assertFalse(Files.exists(marker), "the payload ran while its bytes were checked");

      // The control: the payload is real, and runs once the bytes are defined and the models made.
      generated.instantiate(getClass().getClassLoader());
      assertTrue(Files.exists(marker), "the payload never ran, so the test proves nothing");
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }

  @Test
  void bytesThatAreNoClassFileAreRefused() {
    assertEquals(
        List.of("generated class dev.csprules.policy.rules.x.Y: not a class file this check can read"),
        GeneratedCodeCheck.problems(Map.of("dev/csprules/policy/rules/x/Y", new byte[] {(byte) 0xCA, (byte) 0xFE, 1})));
  }
}
