package dev.csprules.drools.internal.check;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.CompiledRules;
import dev.csprules.drools.internal.policy.PolicySource;
import java.util.List;
import java.util.Map;

/**
 * Drools' DRL compiler chain: the artifacts that compile rules at run time. A policy folder needs
 * them; the built-in rules never do, since they ship compiled. An application that loads no folder
 * may exclude them (docs/library.md, "What an application ships"); loading a folder then fails
 * here with the missing artifacts named, before any class of theirs is touched, instead of with a
 * NoClassDefFoundError from inside Drools.
 */
public final class CompilerChain {
  /** One class of each artifact of the chain, by the artifact's Maven coordinates, in the order to name them. */
  private static final List<Map.Entry<String, String>> CLASS_BY_ARTIFACT =
      List.of(
          Map.entry("org.drools:drools-compiler", "org.drools.compiler.compiler.Dialect"),
          Map.entry("org.drools:drools-model-codegen", "org.drools.model.codegen.ExecutableModelProject"),
          Map.entry("org.kie:kie-util-maven-support", "org.kie.util.maven.support.ReleaseIdImpl"),
          Map.entry("org.drools:drools-drl-parser", "org.drools.drl.parser.DrlParser"),
          Map.entry("org.drools:drools-drl-ast", "org.drools.drl.ast.descr.PackageDescr"),
          Map.entry("org.drools:drools-drl-extensions", "org.drools.drl.extensions.DecisionTableFactory"),
          Map.entry("org.drools:drools-mvel-parser", "org.drools.mvel.parser.MvelParser"),
          Map.entry("org.drools:drools-mvel-compiler", "org.drools.mvelcompiler.MvelCompiler"),
          Map.entry("org.drools:drools-codegen-common", "org.drools.codegen.common.GeneratedFile"),
          Map.entry("org.drools:drools-model-prototype", "org.drools.model.prototype.PrototypeDSL"),
          Map.entry("org.drools:drools-ecj", "org.drools.ecj.EclipseJavaCompiler"),
          Map.entry("org.eclipse.jdt:ecj", "org.eclipse.jdt.internal.compiler.Compiler"),
          Map.entry("com.github.javaparser:javaparser-core", "com.github.javaparser.JavaParser"),
          Map.entry("org.antlr:antlr4-runtime", "org.antlr.v4.runtime.Parser"),
          Map.entry("org.antlr:antlr-runtime", "org.antlr.runtime.Parser"));

  private CompilerChain() {}

  /**
   * Compiles DRL now ({@link PolicyCompiler}), once the chain is known to be there.
   *
   * @throws PolicyLoadException naming every missing artifact, or every problem of the DRL
   */
  public static CompiledRules compile(List<PolicySource> rules) {
    require();
    return PolicyCompiler.compile(rules);
  }

  /**
   * Checks that every artifact of the chain is present.
   *
   * @throws PolicyLoadException naming every missing artifact at once
   */
  public static void require() {
    List<String> missing =
        CLASS_BY_ARTIFACT.stream().filter(entry -> !present(entry.getValue())).map(Map.Entry::getKey).toList();
    if (!missing.isEmpty()) {
      throw new PolicyLoadException(
          List.of(
              "compiling rules at run time (a policy folder) needs Drools' DRL compiler, and these artifacts of it"
                  + " are missing: " + String.join(", ", missing)
                  + "; depend on csp-rules-drools without excluding them (the built-in policy alone needs none)"));
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, CompilerChain.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
