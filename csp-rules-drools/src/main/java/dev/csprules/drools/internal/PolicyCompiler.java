package dev.csprules.drools.internal;

import dev.csprules.drools.PolicyLoadException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL into the executable model at run time, reporting every compile error at once. This
 * is the path for policy folders given at run time; the built-in rules are compiled at build time
 * ({@link PrecompiledRules}).
 */
final class PolicyCompiler {
  private static final String SOURCE_ROOT = "src/main/resources/";
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

  private PolicyCompiler() {}

  static CompiledRules compile(List<PolicySource> rules) {
    KieServices services = KieServices.get();
    // A release id of its own per build, so engines built side by side never share a module.
    ReleaseId releaseId =
        services.newReleaseId("dev.csprules.policy", "policy-" + UUID.randomUUID(), "1.0.0");
    build(services, releaseId, rules);
    try {
      KieContainer container = services.newKieContainer(releaseId);
      return new CompiledRules(
          "compiled at run time",
          () -> container.newKieBase(services.newKieBaseConfiguration()));
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * Compiles DRL to the executable model; the module holds the generated classes.
   *
   * @throws PolicyLoadException naming every compile error, at its policy path and line
   */
  static KieModule build(KieServices services, ReleaseId releaseId, List<PolicySource> rules) {
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(releaseId);
    Map<String, String> policyPathByBuildPath = new LinkedHashMap<>();
    for (PolicySource rule : rules) {
      String buildPath = buildPath(rule.name(), rule.text(), policyPathByBuildPath.size());
      policyPathByBuildPath.put(buildPath, rule.name());
      files.write(buildPath, rule.text());
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new PolicyLoadException(
          errors.stream().map(error -> describe(error, policyPathByBuildPath)).toList());
    }
    return builder.getKieModule();
  }

  /**
   * Drools wants a DRL file's folder to match its package; policy folders need not, so each file
   * is compiled at a path made from its package, and errors are mapped back to the policy path.
   */
  private static String buildPath(String path, String text, int sequence) {
    Matcher matcher = PACKAGE.matcher(text);
    String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
    String name = path.substring(path.lastIndexOf('/') + 1);
    return SOURCE_ROOT + folder + sequence + "-" + name;
  }

  private static String describe(Message error, Map<String, String> policyPathByBuildPath) {
    String buildPath = error.getPath() == null ? "" : error.getPath();
    String path =
        policyPathByBuildPath.getOrDefault(
            buildPath, policyPathByBuildPath.getOrDefault(SOURCE_ROOT + buildPath, buildPath));
    StringBuilder where = new StringBuilder(path);
    if (!path.isEmpty() && error.getLine() > 0) {
      where.append(':').append(error.getLine());
      if (error.getColumn() > 0) {
        where.append(':').append(error.getColumn());
      }
    }
    String text = error.getText().strip().replaceAll("\\s+", " ");
    return where.length() == 0 ? text : where + ": " + text;
  }
}
