/**
 * The request facts, requests, decisions and explanations of csp-rules: immutable records, no
 * Drools types. Non-null throughout ({@link org.jspecify.annotations.NullMarked} on every package).
 */
module dev.csprules.api {
  requires transitive org.jspecify;

  exports dev.csprules.api;
  exports dev.csprules.api.fact;
}
