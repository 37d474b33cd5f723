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
  requires org.drools.compiler;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.model.codegen;
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires org.drools.mvelparser; // the rule verifier reads constraints as Drools parses them
  requires org.kie.internal.api;
  requires com.github.javaparser.core;
  requires org.apache.commons.csv;
  requires org.slf4j;

  exports dev.csprules.drools;
  exports dev.csprules.drools.rulefacts;
  // The scenario reader suggests the closest known name for a misspelt one, as the engine does.
  exports dev.csprules.drools.internal.text to dev.csprules.testkit;
}
