package dev.csprules.drools;

/**
 * A rule failed while deciding a request: it threw, or fired without end. The request got no
 * decision; the engine goes on serving others.
 */
public final class PolicyEvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyEvaluationException(String message, Throwable cause) {
    super(message, cause);
  }

  public PolicyEvaluationException(String message) {
    super(message);
  }
}
