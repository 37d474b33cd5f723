package dev.csprules.drools.internal.run;

/**
 * A stand-in for an exception whose message may quote request data: same type name and stack
 * trace, no message. Logs and {@code --verbose} traces show where a rule failed, never what it was
 * given.
 */
final class WithoutMessage extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private WithoutMessage(Throwable original) {
    super(original.getClass().getName() + " (message withheld: it may quote request data)");
    setStackTrace(original.getStackTrace());
  }

  static WithoutMessage of(Throwable original) {
    return new WithoutMessage(original);
  }
}
