package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.testkit.corpus.BaseDocuments;
import dev.csprules.testkit.corpus.Emitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy folder's rule that the sandbox lets through can still fail in a way no rule should: a
 * string too long for the JVM is an OutOfMemoryError, not an exception. The command line reports
 * it as what it is, an internal error, in one line, exit status 3, the trace with --verbose only.
 */
class InternalErrorTest {
  @TempDir Path folder;

  @Test
  void anErrorInARuleIsOneLineAndExitThree() throws IOException {
    Path policy = Files.createDirectories(folder.resolve("policy/rules"));
    Files.writeString(
        policy.resolve("huge.drl"),
        """
        package dev.csprules.policy.rules.huge;
        import dev.csprules.api.EnrollmentApplication;
        import dev.csprules.drools.rulefacts.Evidence;

        rule "ENR-990"
          @title("a finding whose fact is longer than a Java string can be")
          @code("MPN_ID_MISSING")
          @edition("2018-01")
          @cites("4d1ce-110")
        when
          EnrollmentApplication()
        then
          insertLogical(Evidence.of(kcontext, "text", "x".repeat(Integer.MAX_VALUE)));
        end
        """);
    Path request = Files.writeString(folder.resolve("application.yaml"), Emitter.yaml(BaseDocuments.APPLICATION).text());

    CliRun quiet = CliRun.of("evaluate", "--policy", folder.resolve("policy").toString(), request.toString());
    CliRun verbose = CliRun.of("evaluate", "--verbose", "--policy", folder.resolve("policy").toString(), request.toString());

    assertEquals(ExitCode.INTERNAL_ERROR, quiet.status(), quiet.toString());
    assertEquals(1, quiet.err().lines().count(), quiet.toString());
    assertTrue(quiet.err().startsWith("csp-rules: internal error: java.lang.OutOfMemoryError"), quiet.toString());
    assertTrue(quiet.err().endsWith("(run again with --verbose for the stack trace)\n"), quiet.toString());
    assertFalse(quiet.err().contains("\tat "), quiet.toString());
    assertEquals(ExitCode.INTERNAL_ERROR, verbose.status(), verbose.toString());
    assertTrue(verbose.err().contains("\tat "), verbose.toString());
  }
}
