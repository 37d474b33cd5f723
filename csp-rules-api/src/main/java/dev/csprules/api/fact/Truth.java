package dev.csprules.api.fact;

/**
 * A yes-or-no fact that a request may also state as unknown. Unknown is not false: a rule that
 * needs the fact cannot be decided, and says so (FACT_UNKNOWN), rather than pass by default.
 */
public enum Truth {
  TRUE, FALSE, UNKNOWN;

  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }
}
