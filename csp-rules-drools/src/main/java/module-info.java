/**
 * The csp-rules engine on Drools: {@link dev.csprules.drools.DroolsPolicyEngine} and the types
 * policy authors use in their rules ({@code dev.csprules.drools.rulefacts}). Everything else is
 * internal and not exported.
 *
 * <p>Drools' jars are automatic modules (their manifests name them); none splits a package with
 * another, so they are required by name.
 */
module dev.csprules.drools {
  requires transitive dev.csprules.api;
  requires transitive org.kie.api; // Evidence.insert takes the rule context Drools hands a rule
  requires org.drools.base;
  requires org.drools.core;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.kie.internal.api;
  // The DRL compiler chain: only a policy folder needs it (the built-in rules ship compiled), so an
  // application may leave it out. When present it is resolved all the same: an automatic module
  // (org.drools.core above) makes every observable automatic module resolve.
  requires static org.drools.compiler;
  requires static org.drools.model.codegen;
  requires static org.drools.drl.ast;
  requires static org.drools.drl.parser;
  requires static org.drools.mvelparser; // the rule verifier reads constraints as Drools parses them
  requires static com.github.javaparser.core;
  requires org.apache.commons.csv;
  requires org.slf4j;

  exports dev.csprules.drools;
  exports dev.csprules.drools.rulefacts;
  // The scenario reader suggests the closest known name for a misspelt one, as the engine does.
  exports dev.csprules.drools.internal.text to dev.csprules.testkit;
}
