package dev.csprules.drools.internal.check;

import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.CompiledRules;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.rulefacts.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL into the executable model at run time, reporting every problem at once. This is
 * the path for policy folders given at run time; the built-in rules are compiled at build time
 * ({@link PrecompiledRules}) through the same {@link #build}.
 *
 * <p>In order: the DRL is verified ({@link DrlVerifier}) before Drools generates anything from
 * it; the generated classes are read as bytes and checked ({@link GeneratedCodeCheck}) before any
 * of them is loaded; only then are exactly those bytes defined, in a loader of their own, and the
 * models made from them. Drools' {@code KieContainer} is never used: it would load the classes
 * itself.
 */
public final class PolicyCompiler {
  private static final String SOURCE_ROOT = "src/main/resources/";

  private PolicyCompiler() {}

  public static CompiledRules compile(List<PolicySource> rules) {
    KieServices services = KieServices.get();
    // A release id of its own per build, so engines built side by side never share a module.
    ReleaseId releaseId =
        services.newReleaseId("dev.csprules.policy", "policy-" + UUID.randomUUID(), "1.0.0");
    try {
      GeneratedRules generated = GeneratedRules.of(build(services, releaseId, rules));
      List<String> refused = GeneratedCodeCheck.problems(generated.classes());
      if (!refused.isEmpty()) {
        throw new PolicyLoadException(refused);
      }
      List<Model> models = generated.instantiate(Evidence.class.getClassLoader());
      return new CompiledRules(
          "compiled at run time",
          () -> KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration()));
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * Verifies the DRL, then compiles it to the executable model; the module holds the generated
   * classes, none of them loaded.
   *
   * @throws PolicyLoadException naming every problem, at its policy path and line
   */
  static InternalKieModule build(KieServices services, ReleaseId releaseId, List<PolicySource> rules) {
    List<DrlVerifier.VerifiedDrl> verified = DrlVerifier.verify(rules);
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(releaseId);
    Map<String, String> policyPathByBuildPath = new LinkedHashMap<>();
    for (DrlVerifier.VerifiedDrl drl : verified) {
      // Drools wants a file's folder to match its package, and copies the file name into
      // generated code: the build path is made of the verified package and a number only.
      String buildPath =
          SOURCE_ROOT + drl.packageName().replace('.', '/') + String.format("/r%03d.drl", policyPathByBuildPath.size());
      policyPathByBuildPath.put(buildPath, drl.source().name());
      files.write(buildPath, drl.source().text());
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new PolicyLoadException(CompileErrors.describe(errors, policyPathByBuildPath, SOURCE_ROOT));
    }
    return (InternalKieModule) builder.getKieModule();
  }

  /**
   * The classes and model names of a built module, copied out of it as bytes. Only the rule
   * packages' classes: the module's project class (for {@code KieContainer}) is never loaded.
   */
  record GeneratedRules(Map<String, byte[]> classes, List<String> modelNames) {
    private static final String RULE_PACKAGES = RuleLanguage.PACKAGE_ROOT.replace('.', '/') + "/";

    static GeneratedRules of(InternalKieModule module) {
      Map<String, byte[]> classes = new LinkedHashMap<>();
      List<String> models = new ArrayList<>();
      for (String file : module.getFileNames()) {
        if (file.endsWith(".class") && file.startsWith(RULE_PACKAGES)) {
          classes.put(file.substring(0, file.length() - ".class".length()), module.getBytes(file).clone());
        } else if (file.endsWith("/drools-model")) {
          new String(module.getBytes(file), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
              .forEach(models::add);
        }
      }
      models.sort(null);
      return new GeneratedRules(classes, List.copyOf(models));
    }

    /** Defines the checked bytes in a loader of their own and makes each model. */
    List<Model> instantiate(ClassLoader library) {
      Map<String, byte[]> byBinaryName = new LinkedHashMap<>();
      classes.forEach((name, bytes) -> byBinaryName.put(name.replace('/', '.'), bytes));
      GeneratedClassLoader loader = new GeneratedClassLoader(byBinaryName, library);
      List<Model> models = new ArrayList<>();
      for (String name : modelNames) {
        if (!byBinaryName.containsKey(name)) {
          throw new IllegalStateException("the executable model names " + name + ", which it did not generate");
        }
        try {
          models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
          throw new IllegalStateException("cannot make the generated model " + name, e);
        }
      }
      return models;
    }
  }
}
