package dev.csprules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * An Error (the JVM out of memory or stack) is not an exception: the command line reports it as
 * what it is, an internal error, in one line, exit status 3, the trace with --verbose only. A
 * policy rule can no longer cause one (its language has no unbounded strings, loops or
 * recursion: HostileCommandLineTest refuses the rule that once did), so the report is tested on
 * its own.
 */
class InternalErrorTest {
  @Test
  void anErrorIsOneLineAndExitThree() {
    StringWriter quiet = new StringWriter();
    StringWriter verbose = new StringWriter();
    OutOfMemoryError error = new OutOfMemoryError("Requested array size exceeds VM limit");

    assertEquals(ExitCode.INTERNAL_ERROR, CspRulesCli.internalError(error, false, new PrintWriter(quiet)));
    assertEquals(ExitCode.INTERNAL_ERROR, CspRulesCli.internalError(error, true, new PrintWriter(verbose)));

    assertEquals(1, quiet.toString().lines().count(), quiet.toString());
    assertTrue(quiet.toString().startsWith("csp-rules: internal error: java.lang.OutOfMemoryError"), quiet.toString());
    assertTrue(quiet.toString().endsWith("(run again with --verbose for the stack trace)" + System.lineSeparator()), quiet.toString());
    assertFalse(quiet.toString().contains("\tat "), quiet.toString());
    assertTrue(verbose.toString().contains("\tat "), verbose.toString());
  }
}
