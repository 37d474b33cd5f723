package dev.csprules.cli;

/** What the command line's exit status means; docs/cli.md lists the same. */
final class ExitCode {
  /** Done: every scenario passed, coverage met its minimum, or every request was decided. */
  static final int OK = 0;
  /** A scenario failed, or rule coverage is below --min. */
  static final int FAILED = 1;
  /** Bad input or usage: a file with problems, a request the engine rejected, a wrong option. */
  static final int BAD_INPUT = 2;
  /** A bug in csp-rules itself. */
  static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
