package dev.csprules.drools.internal.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.builder.Message;

/**
 * Drools' compile errors in the author's terms: at the rule file's path, line and column. An
 * error Drools reports against the Java it generated (rare once {@link DrlVerifier} passed) names
 * the rule file of the package the class was generated for, never the generated path or source.
 */
final class CompileErrors {
  private static final String GENERATED_ROOT = "src/main/java/";

  private CompileErrors() {}

  static List<String> describe(List<Message> errors, Map<String, String> policyPathByBuildPath, String sourceRoot) {
    return errors.stream()
        .map(error -> describe(error, policyPathByBuildPath, sourceRoot))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  private static String describe(Message error, Map<String, String> policyPathByBuildPath, String sourceRoot) {
    String buildPath = error.getPath() == null ? "" : error.getPath();
    String text = error.getText().strip().replaceAll("\\s+", " ");
    if (buildPath.startsWith(GENERATED_ROOT) || buildPath.endsWith(".java")) {
      // "Java source of ... in error: <the whole generated class>" repeats another error.
      return text.startsWith("Java source of") ? null : generated(buildPath, text, policyPathByBuildPath, sourceRoot);
    }
    String path =
        policyPathByBuildPath.getOrDefault(
            buildPath, policyPathByBuildPath.getOrDefault(sourceRoot + buildPath, buildPath));
    StringBuilder where = new StringBuilder(path);
    if (!path.isEmpty() && error.getLine() > 0) {
      where.append(':').append(error.getLine());
      if (error.getColumn() > 0) {
        where.append(':').append(error.getColumn());
      }
    }
    return where.length() == 0 ? text : where + ": " + text;
  }

  /** The rule file whose package the generated class belongs to: the longest package that holds it. */
  private static String generated(
      String javaPath, String text, Map<String, String> policyPathByBuildPath, String sourceRoot) {
    String javaFolder = javaPath.startsWith(GENERATED_ROOT) ? javaPath.substring(GENERATED_ROOT.length()) : javaPath;
    return policyPathByBuildPath.entrySet().stream()
        .filter(entry -> {
          String folder = entry.getKey().substring(sourceRoot.length(), entry.getKey().lastIndexOf('/') + 1);
          return javaFolder.startsWith(folder);
        })
        .max(Comparator.comparingInt(entry -> entry.getKey().lastIndexOf('/')))
        .map(entry -> {
          String folder = entry.getKey().substring(sourceRoot.length(), entry.getKey().lastIndexOf('/'));
          return entry.getValue() + ": a rule of package " + folder.replace('/', '.') + " does not compile: " + text;
        })
        .orElse("a rule does not compile: " + text);
  }
}
